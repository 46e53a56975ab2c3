//===- interp/Halt.cpp - erlang:halt and the boot failure report ----------===//
///
/// \file
/// `halt/0,1,2` as erl 25 has them: an exit status (an integer, of which
/// the exit code is the low byte), `abort`, or a slogan string, which is
/// printed on stderr and written to a crash dump (`ERL_CRASH_DUMP`, default
/// `erl_crash.dump`; none when `ERL_CRASH_DUMP_SECONDS=0`) before exiting
/// with status 1. Output written by the VM is unbuffered or flushed here,
/// so `{flush, false}` changes nothing observable.
///
/// A failing boot (`-eval`) is reported as erl's init does: the reason with
/// `erlang:display/1` on stdout, then `halt("init terminating in do_boot
/// (...)")` with the reason shortened as init shortens it.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Printer.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

using namespace beamr;

namespace {

/// Every way out of the VM starts here. The first thread to halt holds the
/// halt lock until the process ends, so a second scheduler thread halting
/// at the same moment waits instead of writing over its output or exit code.
void flushAll() {
  static std::recursive_mutex *HaltLock = new std::recursive_mutex;
  HaltLock->lock(); // Never unlocked: the caller is about to exit.
  std::fflush(stdout);
  std::fflush(stderr);
}

/// A list of code points as UTF-8, or nothing if `T` is not one.
std::optional<std::string> sloganText(Term T) {
  std::string Out;
  for (; T.isCons(); T = T.tail()) {
    Term C = T.head();
    if (!C.isSmall() || C.smallValue() < 0 || C.smallValue() > 0x10FFFF)
      return std::nullopt;
    char32_t Cp = char32_t(C.smallValue());
    if (Cp < 0x80) {
      Out += char(Cp);
    } else if (Cp < 0x800) {
      Out += char(0xC0 | (Cp >> 6));
      Out += char(0x80 | (Cp & 0x3F));
    } else if (Cp < 0x10000) {
      Out += char(0xE0 | (Cp >> 12));
      Out += char(0x80 | ((Cp >> 6) & 0x3F));
      Out += char(0x80 | (Cp & 0x3F));
    } else {
      Out += char(0xF0 | (Cp >> 18));
      Out += char(0x80 | ((Cp >> 12) & 0x3F));
      Out += char(0x80 | ((Cp >> 6) & 0x3F));
      Out += char(0x80 | (Cp & 0x3F));
    }
  }
  if (!T.isNil())
    return std::nullopt;
  return Out;
}

[[noreturn]] void haltWithSlogan(const std::string &Slogan) {
  flushAll();
  // erts ends these lines with CR LF, as on a raw terminal.
  std::string Text;
  for (char C : Slogan)
    Text += C == '\n' ? std::string("\r\n") : std::string(1, C);
  std::fprintf(stderr, "%s\r\n", Text.c_str());
  std::optional<std::string> Seconds = readEnvironment("ERL_CRASH_DUMP_SECONDS");
  if (!Seconds || *Seconds != "0") {
    std::optional<std::string> Env = readEnvironment("ERL_CRASH_DUMP");
    std::string Path = Env && !Env->empty() ? *Env : "erl_crash.dump";
    std::fprintf(stderr, "\r\nCrash dump is being written to: %s...", Path.c_str());
    std::fflush(stderr);
    if (std::FILE *F = std::fopen(Path.c_str(), "w")) {
      std::time_t Now = std::time(nullptr);
      std::tm Local{};
      {
        std::shared_lock<std::shared_mutex> G(environmentLock()); // localtime reads TZ.
        localtime_r(&Now, &Local);
      }
      char Date[64];
      std::strftime(Date, sizeof Date, "%a %b %e %H:%M:%S %Y", &Local);
      std::fprintf(F, "=erl_crash_dump:0.5\n%s\nSlogan: %s\nSystem version: beamr-jit\n=end\n",
                   Date, Slogan.c_str());
      std::fclose(F);
    }
    std::fprintf(stderr, "done\r\n");
  }
  flushAll();
  std::_Exit(1);
}

Term halt(Process &P, Term Status) {
  if (Status.isSmall() && Status.smallValue() >= 0) {
    flushAll();
    std::_Exit(int(Status.smallValue() & 0xFF));
  }
  if (Status.isBignum() && !bignumIsNegative(Status)) {
    flushAll();
    std::_Exit(int(bignumLimbs(Status)[0] & 0xFF));
  }
  if (Status == *AtomTable::get().intern("abort")) {
    flushAll();
    std::abort();
  }
  if (Status.isList())
    if (std::optional<std::string> Slogan = sloganText(Status))
      haltWithSlogan(*Slogan);
  return P.badarg();
}

Term halt0(Process &P, const Term *) { return halt(P, Term::small(0)); }
Term halt1(Process &P, const Term *Args) { return halt(P, Args[0]); }
Term halt2(Process &P, const Term *Args) {
  // Options: a proper list of {flush, Bool}.
  Term Flush = *AtomTable::get().intern("flush");
  Term L = Args[1];
  for (; L.isCons(); L = L.tail()) {
    Term O = L.head();
    if (!O.isTuple() || O.tupleArity() != 2 || O.tupleElement(0) != Flush ||
        (O.tupleElement(1) != atomTerm(atoms::True) && O.tupleElement(1) != atomTerm(atoms::False)))
      return P.badargCause(*AtomTable::get().intern("badopt"));
  }
  if (!L.isNil())
    return P.badargCause(*AtomTable::get().intern("badopt"));
  return halt(P, Args[0]);
}

/// init's narrow idea of a printable character.
bool isPrintable(Term C) {
  if (!C.isSmall())
    return false;
  SWord V = C.smallValue();
  return (V >= 32 && V <= 126) || V == '\n' || V == '\r' || V == '\t';
}

/// Appends the elements of the deep list `T` (leaves only) to `Out`; false
/// if a tail is improper.
bool flattenInto(Term T, std::vector<Term> &Out) {
  for (; T.isCons(); T = T.tail()) {
    if (T.head().isList()) {
      if (!flattenInto(T.head(), Out))
        return false;
    } else {
      Out.push_back(T.head());
    }
  }
  return T.isNil();
}

/// init's short text of a term: strings as text, atoms bare, nesting below
/// depth 4 cut to `[_]`/`{_}`, terms of other kinds left out.
void shortText(std::string &Out, Term T, unsigned Depth) {
  if (T.isList()) {
    if (Depth >= 4) {
      Out += "[_]";
      return;
    }
    std::vector<Term> Flat;
    if (T.isCons() && flattenInto(T, Flat)) {
      bool Printable = true;
      for (Term C : Flat)
        if (!isPrintable(C))
          Printable = false;
      if (Printable) {
        for (Term C : Flat)
          Out += char(C.smallValue());
        return;
      }
    }
    Out += '[';
    bool First = true;
    for (; T.isCons(); T = T.tail()) {
      if (!First)
        Out += ',';
      First = false;
      shortText(Out, T.head(), Depth + 1);
    }
    Out += ']';
    return;
  }
  if (T.isAtom()) {
    Out += AtomTable::get().name(T);
    return;
  }
  if (T.isLocalPid() || T.isInteger()) {
    writeTerm(Out, T);
    return;
  }
  if (T.isFloat()) {
    char Buf[64];
    std::snprintf(Buf, sizeof Buf, "%.20e", T.floatValue());
    Out += Buf;
    return;
  }
  if (T.isTuple()) {
    if (Depth >= 4) {
      Out += "{_}";
      return;
    }
    Out += '{';
    for (Word K = 0; K < T.tupleArity(); ++K) {
      if (K)
        Out += ',';
      shortText(Out, T.tupleElement(K), Depth + 1);
    }
    Out += '}';
  }
}

} // namespace

void beamr::interp::reportBootFailure(Process &P, Term Reason) {
  flushAll();
  Term Elements[] = {makeByteList(P, "init terminating in do_boot"), Reason};
  Term Report = makeTuple(P, Elements);
  Export &Display = ExportTable::get().entry(am::Erlang, *AtomTable::get().intern("display"), 1);
  if (Display.Bif)
    Display.Bif(P, &Report);
  std::string Slogan = "init terminating in do_boot (";
  shortText(Slogan, Reason, 0);
  Slogan += ")";
  haltWithSlogan(Slogan);
}

void beamr::interp::installHaltBifs() {
  Term Halt = *AtomTable::get().intern("halt");
  BifFunction Fns[] = {halt0, halt1, halt2};
  for (unsigned A = 0; A <= 2; ++A)
    ExportTable::get().entry(am::Erlang, Halt, A).Bif = Fns[A];
}
