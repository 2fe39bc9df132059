#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Screenshots of the window as a user sees it, on a virtual screen of a given size:
#   bash resources/screenshots/capture.sh BUILD_DIR WIDTHxHEIGHT LANG OUT.png [VIEW] [LESSON.json]
# e.g. bash resources/screenshots/capture.sh build 1024x700 zh_CN /tmp/w.png functions
# Needs xvfb and imagemagick (import). A fresh settings directory each time, so the window opens
# at its defaults for that screen size; VIEW (functions, softmax, depth, …) is the tab shown, or
# LESSON (a lesson file) says what to show.
set -euo pipefail
build=$1 size=$2 lang=$3 out=$4 view=${5:-functions} lesson=${6:-}
n=90
while [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
display=:$n
home=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
if [ -z "$lesson" ]; then
  # The defaults, on the tab asked for: a lesson that names only its view.
  lesson=$home/view.json
  printf '{"format": "actviz-lesson", "version": 1, "view": "%s", "state": {}}\n' "$view" >"$lesson"
fi
args=(--lang "$lang" "$lesson")
DISPLAY=$display HOME=$home XDG_CONFIG_HOME=$home/cfg "$build/app/actviz" "${args[@]}" >/dev/null 2>&1 & app=$!
sleep 4
DISPLAY=$display import -window root "$out"
# Only the window: the screen around a smaller window is black.
convert "$out" -bordercolor black -border 1 -trim +repage "$out"
