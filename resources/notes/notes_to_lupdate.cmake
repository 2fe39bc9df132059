# SPDX-License-Identifier: MIT
# lupdate reads C++, not JSON: this writes every string of activation_notes.json as a
# QT_TRANSLATE_NOOP("ActivationNotes", "…") line of a C++ file that only lupdate reads (nothing
# compiles it), so that the notes keep their messages in the "ActivationNotes" context of
# resources/translations/*.ts. Run at build time by resources/CMakeLists.txt:
#   cmake -DNOTES=activation_notes.json -DOUTPUT=activation_notes_lupdate.cpp -P notes_to_lupdate.cmake
# A note that is not an object of strings stops the build here, before lupdate could drop its
# translations as obsolete.
cmake_minimum_required(VERSION 3.25)
set(fields formula derivative outputRange derivativeRange pros cons typicalUse)

file(READ "${NOTES}" json)
string(JSON count LENGTH "${json}" notes)
if(count EQUAL 0)
  message(FATAL_ERROR "${NOTES}: no notes")
endif()
set(out "// Generated from ${NOTES} by notes_to_lupdate.cmake: read by lupdate, compiled by nothing.\n")
string(APPEND out "static const char *const kActivationNotes[] = {\n")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  string(JSON note GET "${json}" notes ${i})
  string(JSON id GET "${note}" id)
  string(APPEND out "    // ${id}\n")
  foreach(field IN LISTS fields)
    string(JSON type ERROR_VARIABLE missing TYPE "${note}" ${field})
    if(missing OR NOT type STREQUAL "STRING")
      message(FATAL_ERROR "${NOTES}: note ${i} (${id}): \"${field}\" is not a string")
    endif()
    string(JSON text GET "${note}" ${field})
    if(text STREQUAL "" OR text MATCHES "[\r\n]")
      message(FATAL_ERROR "${NOTES}: note ${i} (${id}): \"${field}\" is empty or spans lines")
    endif()
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    string(APPEND out "    QT_TRANSLATE_NOOP(\"ActivationNotes\", \"${text}\"), // ${field}\n")
  endforeach()
endforeach()
string(APPEND out "};\n")
file(WRITE "${OUTPUT}" "${out}")
