// SPDX-License-Identifier: MIT
// actviz --help: what every command does, its options and the rules for numbers.
#include "commandline.h"

namespace actviz::cli {

std::string usageText()
{
    return R"(Usage: actviz [COMMAND [OPTIONS]]

Visualises neural-network activation functions. Without a command, opens the window.

Commands:
  list [--json]
      The activation functions and their parameters (--json: machine-readable).
  eval FUNCTION [--alpha A] [--beta B] [--derivative]
      Reads numbers from stdin, one per line, and prints f(x) for each, or f'(x)
      with --derivative, one per line in the same order.
  eval --expr FORMULA [--alpha A] [--beta B] [--derivative]
      The same for a typed formula in x, alpha/α and beta/β (both default 1), e.g.
      'x*tanh(softplus(x))' or 'if(x > 0, x, α*expm1(x))': + - * / ^, numbers,
      exp log log1p expm1 sqrt abs sin cos tanh sech erf sigmoid softplus, max(a, b),
      min(a, b), if(a < b, c, d). f' is its exact symbolic derivative.
  eval pau --pau "a0,a1,a2,a3,a4,a5/b1,b2,b3,b4" [--derivative]
      PAU, (a0 + a1 x + ... + a5 x^5)/(1 + |b1 x + ... + b4 x^4|), with these
      coefficients (finite, |c| <= 1e100; default: the PAU authors' fit of leaky
      ReLU on [-3, 3]). --pau is accepted by eval, saturation and export.
  softmax [--temperature T] [--log] [--jacobian] [--support] [--map MAP]
          [--top-k K] [--top-p P] [--gumbel SEED] VALUES
      Softmax of VALUES/T (T default 1), one probability per line; --log prints
      log-softmax, --jacobian the n x n Jacobian as n comma-separated lines,
      --support the number of non-zero probabilities.
      VALUES: at most 1000 numbers separated by commas, spaces or semicolons; -inf
      masks an entry.
      --map: softmax, sparsemax (projection onto the simplex, exact zeros),
      entmax15 (1.5-entmax, sparse and smooth) or softmax1 (exp/(1 + sum exp), may
      sum to less than 1); --top-k K keeps the K largest logits; --top-p P keeps the
      most probable entries until they hold P (0 < P <= 1) and renormalises;
      --gumbel SEED adds Gumbel noise from SEED (Gumbel-softmax sampling).
  saturation FUNCTION|--expr FORMULA [--epsilon E] [--alpha A] [--beta B] [--pau COEFFS]
             [--range LO:HI] [--verbose]
      The maximal intervals of [LO, HI] (default -10:10) where |f'(x)| < E
      (default 0.05), one per line as lo,hi; --verbose adds dead or saturated.
  export FILE [OPTIONS]
      Writes a figure (.png, .svg or .pdf) of any view without opening a window;
      'actviz export --help' lists its options.
  [--lang en|zh_CN] [LESSON.json]
      Opens the window (in that language, with that lesson).
  help, --help, -h
      This help.
  --version
      The version.

An option takes its value as the next argument or after '=' (--alpha=-2); values
may be negative, and so may VALUES (actviz softmax -1,2,3).
Numbers, everywhere (input lines, options, VALUES, lesson files): decimal or
scientific notation, with '+', '-' or the Unicode minus. inf, -inf and nan are
words (where the input allows them); a literal beyond the double range
(|x| > 1.7976931348623157e308, e.g. 1e400) is refused, never read as inf; one
below it rounds to the nearest double (1e-320 is subnormal, 1e-400 is 0).
Every number is printed so that it reads back exactly.
Exit status: 0 on success; 1 when stdin, stdout or a file fails (export:
disk full, no permission; an existing file is left as it was); 2 on a bad
argument, input line or lesson.
Run 'actviz list' for the function ids and their parameters.
)";
}

} // namespace actviz::cli
