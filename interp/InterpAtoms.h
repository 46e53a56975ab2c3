//===- interp/InterpAtoms.h - Atoms the interpreter names -------*- C++ -*-===//
///
/// \file
/// Atoms the tier needs beyond Atoms.def, interned once at start-up
/// (`initInterpAtoms`) so that handlers compare words.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_INTERPATOMS_H
#define BEAMR_INTERP_INTERPATOMS_H

#include "beamr/Term/Atom.h"

namespace beamr::interp::am {
#define BEAMR_INTERP_ATOMS(X)                                                                      \
  X(Erlang, "erlang")                                                                              \
  X(Normal, "normal")                                                                              \
  X(FunctionClause, "function_clause")                                                             \
  X(Badmatch, "badmatch")                                                                          \
  X(CaseClause, "case_clause")                                                                     \
  X(TryClause, "try_clause")                                                                       \
  X(Badrecord, "badrecord")                                                                        \
  X(IfClause, "if_clause")                                                                         \
  X(TimeoutValue, "timeout_value")                                                                 \
  X(Badfun, "badfun")                                                                              \
  X(Badarity, "badarity")                                                                          \
  X(Nocatch, "nocatch")                                                                            \
  X(Exit, "EXIT")                                                                                  \
  X(File, "file")                                                                                  \
  X(Line, "line")                                                                                  \
  X(ErrErtsErrors, "erl_erts_errors")                                                              \
  X(ErrStdlibErrors, "erl_stdlib_errors")                                                          \
  X(ErrKernelErrors, "erl_kernel_errors")                                                          \
  X(Apply, "apply")                                                                                \
  X(Send, "send")                                                                                  \
  X(Lists, "lists")                                                                                \
  X(Maps, "maps")                                                                                  \
  X(Math, "math")                                                                                  \
  X(Binary, "binary")                                                                              \
  X(Ets, "ets")                                                                                    \
  X(Re, "re")                                                                                      \
  X(Os, "os")                                                                                      \
  X(ErtsInternal, "erts_internal")                                                                 \
  X(PersistentTerm, "persistent_term")                                                             \
  X(Atomics, "atomics")                                                                            \
  X(Counters, "counters")                                                                          \
  X(Cause, "cause")                                                                                \
  X(ModuleInfo, "module_info")                                                                     \
  X(Init, "init")

#define BEAMR_DECLARE_ATOM(Id, Text) extern Term Id;
BEAMR_INTERP_ATOMS(BEAMR_DECLARE_ATOM)
#undef BEAMR_DECLARE_ATOM

void initInterpAtoms();
} // namespace beamr::interp::am

#endif // BEAMR_INTERP_INTERPATOMS_H
