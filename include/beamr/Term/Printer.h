//===- beamr/Term/Printer.h - Terms as text ---------------------*- C++ -*-===//
///
/// \file
/// Writes terms as `io_lib:format("~w", [T])` does on erl: atoms quoted only
/// when needed, floats in their shortest round-trip form, lists of integers
/// as lists, bitstrings as `<<...>>`, maps in iteration order.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_PRINTER_H
#define BEAMR_TERM_PRINTER_H

#include "beamr/Term/Term.h"

#include <string>
#include <string_view>

namespace beamr {

/// Appends `~w` text of `T` to `Out`.
void writeTerm(std::string &Out, Term T);
std::string termToString(Term T);
/// Appends an atom's text as `~w` writes it (quoted when needed).
void writeAtom(std::string &Out, std::string_view Utf8Name);
/// Appends a float as erl's `float_to_list(F, [short])` / `~w` does.
void writeFloat(std::string &Out, double D);

} // namespace beamr

#endif // BEAMR_TERM_PRINTER_H
