//===- interp/InterpHelpers.h - Instruction helpers, by area ----*- C++ -*-===//
///
/// \file
/// Private to interp/: the out-of-line halves of instructions that are too
/// long for the dispatch loop. Each returns `NoValue` after raising on the
/// process, like a BIF.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_INTERPHELPERS_H
#define BEAMR_INTERP_INTERPHELPERS_H

#include "beamr/Interp/Interpreter.h"
#include "beamr/Interp/LoadedModule.h"
#include "beamr/Runtime/Export.h"

namespace beamr::interp {

/// The register a register operand word names. Bit 3 of the word tells
/// x (0) from y (1): the base is picked by masking, not a branch (GCC keeps
/// a plain `?:` as a branch), since a handler serves many sites whose
/// operand kinds differ and such a branch mispredicts.
inline Term &destination(Process &P, Word W) {
  static_assert(XRegTag >> 3 == 0 && YRegTag >> 3 == 1, "bit 3 tells x from y");
  auto XBase = reinterpret_cast<std::uintptr_t>(P.X);
  auto YBase = reinterpret_cast<std::uintptr_t>(P.StackTop + 1);
  std::uintptr_t IsY = -std::uintptr_t((W >> 3) & 1);
  return reinterpret_cast<Term *>(XBase ^ ((XBase ^ YBase) & IsY))[W >> 8];
}
/// Reads a source operand word: a constant or a register.
inline Term readSource(Process &P, Word W) {
  if (W & 3)
    return Term::fromRaw(W);
  return destination(P, W);
}

// Exceptions (Exceptions.cpp).
/// What kind of frame tops the stack trace of the pending exception.
struct ErrorSite {
  const Word *PC = nullptr;     ///< The failing instruction (null: none).
  const Export *Bif = nullptr;  ///< A BIF that raised; its args follow.
  const Term *Args = nullptr;
  unsigned Arity = 0;
  bool FunctionClause = false;  ///< PC is the func_info instruction.
  Term TopFrame = NoValue;      ///< A ready-made top frame (undef).
};
/// Builds the stack trace of the pending exception when it has none, then
/// looks for a catch. Returns the handler's address with x0..x3 set up, or
/// null after storing the exit reason in `S`.
const Word *handleException(Process &P, RunState &S, const ErrorSite &Site);
/// `{M, F, ArityOrArgs, Location}` frames for the stack trace of `Site`,
/// down the stack of `Of` (default `P`), built on `P`'s heap.
Term buildStacktrace(Process &P, const ErrorSite &Site, const Process *Of = nullptr);
/// `process_info(Q, current_stacktrace)` for code of `Q` stopped at `PC`
/// (a call or a receive): the frames from there down Q's stack, as erl
/// lists them, built on `P`'s heap. `Q` is `P` or not running.
Term currentStacktrace(Process &P, const Process &Q, const Word *PC);
/// `catch_end`'s value for an exception of class `Class` (an atom).
Term catchValue(Process &P, Term Class, Term Reason, Term Trace);
/// The stack trace list inside a raw trace term.
Term stacktraceList(Term Raw);
/// Raises a class given as atom; badarg when the class is not one.
bool raiseWithClass(Process &P, Term Class, Term Reason, Term Trace);
Term classAtom(ExceptionClass C);

// Calls (Calls.cpp).
/// Resolves an export for a call that found no code. A preloaded module
/// (or any, before OTP's error_handler is loaded) is loaded from the native
/// path; otherwise the call becomes error_handler:undefined_function/3, as
/// in erl (`E` and the argument registers are replaced), and
/// erlang:call_on_load_function/1 becomes the on_load function. Returns
/// false when undefined (after raising `undef` with its top frame in `Site`).
bool resolveExport(Process &P, Export *&E, ErrorSite &Site);
/// Code of the closure `Fun`; copies its free variables after the
/// `Arity` arguments. Returns null after raising (`badfun`, `badarity`,
/// `undef`). For an export fun sets `Ex` instead.
const Word *funTarget(Process &P, Term Fun, unsigned Arity, Export *&Ex, ErrorSite &Site);
/// Unpacks an argument list into x(0..); false (badarg raised) if improper.
bool unpackArgs(Process &P, Term List, unsigned &Arity);
Term makeClosure(Process &P, const FunEntry &F, const Term *Free);
Export *applyExport(unsigned Arity); // erlang:apply/2,3
Export *hibernateExport();            // erlang:hibernate/3
/// Prepares a call of erlang:hibernate(M, F, Args), to go on as apply/3 once
/// a message is queued (`HibernateWait`): empties the stack so that the call
/// returns to a normal exit, and clears `Next` (the call is never returned
/// from).
void enterHibernation(Process &P, const Word *&Next);

// Maps (InstrMaps.cpp).
Term putMap(Process &P, Term Map, const Word *Pairs, unsigned N, bool Exact);
bool getMapElements(Process &P, Term Map, const Word *Pairs, unsigned N);
bool hasMapFields(Process &P, Term Map, const Word *Keys, unsigned N);

// Binaries (InstrBinary.cpp).
Term createBinary(Process &P, const Word *Segments, unsigned N, ErrorSite &Site);
Term startMatch(Process &P, Term Bin);
// Construction by the instructions of OTP 24 and earlier (InstrBinary.cpp):
// bs_init2/bs_init_bits/bs_append make the binary, bs_put_* fill it in.
/// `Size` units of `Unit` bits of zeros, to be filled; NoValue after
/// raising (badarg, system_limit).
Term bsInit(Process &P, Term Size, unsigned Unit);
/// `Bin` with `Size` bits more to be filled; NoValue after raising badarg.
Term bsAppend(Process &P, Term Bin, Term Size, unsigned Unit);
/// Writes an integer (Kind 0), float (1) or binary (2) segment; false when
/// `Src` or `Size` does not fit (the instruction fails).
bool bsPut(unsigned Kind, Term Size, unsigned Unit, unsigned Flags, Term Src);
bool bsPutBytes(const unsigned char *Bytes, Word Length);
bool bsPutUtf(Term Src, unsigned Width, unsigned Flags);
/// The bytes of `Src`'s UTF-8 (Width 8) or UTF-16 encoding; NoValue if it is
/// no code point.
Term bsUtfSize(Term Src, unsigned Width);
/// `bs_get_*`/`bs_skip_*`; returns NoValue when the match fails (no raise).
Term bsGet(Process &P, unsigned Op, Term Ctx, Term Size, unsigned Unit, unsigned Flags);
bool bsSkip(Process &P, Term Ctx, Term Size, unsigned Unit);
bool bsTestTail(Term Ctx, Word Bits);
bool bsTestUnit(Term Ctx, unsigned Unit);
bool bsMatchString(Term Ctx, const unsigned char *Bytes, Word Bits);
enum class BsMatchResult { Matched, Failed, Malformed };
/// OTP 26's `bs_match`: runs the `N` command words at `Cmd` (ensure_at_least
/// Size Unit, ensure_exactly Size, integer/binary Live Flags Size Unit Dst,
/// get_tail Live Unit Dst, skip Size, '=:=' Live Size Value) on the match
/// context, writing destinations as it goes. Malformed: a command it does
/// not know or one cut short.
BsMatchResult bsMatch(Process &P, Term Ctx, const Word *Cmd, Word N);
Term bsGetTail(Process &P, Term Ctx);
Term bsPosition(Term Ctx);
void bsSetPosition(Term Ctx, Term Pos);
Term bsGetUtf(Process &P, Term Ctx, unsigned Width, unsigned Flags, bool Skip);

// Halting (Halt.cpp).
/// Installs `erlang:halt/0,1,2`.
void installHaltBifs();
/// erl's report of a boot (`-eval`) that ended with `Reason`; exits 1.
[[noreturn]] void reportBootFailure(Process &P, Term Reason);

/// Installs the BIFs of RuntimeBifs.cpp where Bifs.def has none.
void installInterpBifs();

// Floats.
bool toDouble(Term T, double &D);

} // namespace beamr::interp

#endif // BEAMR_INTERP_INTERPHELPERS_H
