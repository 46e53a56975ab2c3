//===- lib/Runtime/BifTimer.cpp - erlang:send_after and friends -----------===//
///
/// \file
/// `send_after/3,4`, `start_timer/3,4`, `cancel_timer/1,2` and
/// `read_timer/1,2` on the timer wheel (Timers.h). A timer's message is
/// copied when the timer starts and delivered as it was; `start_timer`'s
/// message is `{timeout, TimerRef, Msg}`.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Runtime/Timers.h"

#include <climits>

using namespace beamr;

namespace {

struct TimerAtoms {
  Term Abs, Async, Info, Time, Badopt, Timeout, CancelTimer, ReadTimer;
  static const TimerAtoms &get() {
    static const TimerAtoms A{internAtom("abs"),     internAtom("async"),
                              internAtom("info"),    internAtom("time"),
                              internAtom("badopt"),  internAtom("timeout"),
                              internAtom("cancel_timer"), internAtom("read_timer")};
    return A;
  }
};

/// Reads a proper list of `{Name, Bool}` options into `Values` (the last
/// occurrence wins); false for anything else.
bool readBoolOptions(Term List, std::initializer_list<std::pair<Term, bool *>> Known) {
  std::optional<std::vector<Term>> Elems = listElements(List);
  if (!Elems)
    return false;
  for (Term O : *Elems) {
    if (!O.isTuple() || O.tupleArity() != 2)
      return false;
    Term V = O.tupleElement(1);
    if (V != atomTerm(atoms::True) && V != atomTerm(atoms::False))
      return false;
    bool Found = false;
    for (auto [Name, Slot] : Known)
      if (O.tupleElement(0) == Name) {
        *Slot = V == atomTerm(atoms::True);
        Found = true;
      }
    if (!Found)
      return false;
  }
  return true;
}

constexpr std::int64_t NanosPerMilli = 1000000;

Term startTimer(Process &P, const Term *Args, bool HasOptions, bool WrapTimeout) {
  const TimerAtoms &A = TimerAtoms::get();
  bool Abs = false;
  Term Time = Args[0], Dest = Args[1];
  // erl checks the time first, then the options, then the destination.
  if (!Time.isSmall())
    return P.badargCause(A.Time);
  if (HasOptions && !readBoolOptions(Args[3], {{A.Abs, &Abs}}))
    return P.badargCause(A.Badopt);
  SWord Ms = Time.smallValue();
  std::int64_t Now = monotonicNanos();
  std::int64_t Deadline;
  if (Abs) {
    if (__builtin_mul_overflow(std::int64_t(Ms), NanosPerMilli, &Deadline))
      return P.badargCause(A.Time);
  } else {
    std::int64_t Delta;
    if (Ms < 0 || __builtin_mul_overflow(std::int64_t(Ms), NanosPerMilli, &Delta) ||
        __builtin_add_overflow(Now, Delta, &Deadline))
      return P.badargCause(A.Time);
  }
  if (!Dest.isLocalPid() && !Dest.isAtom())
    return P.badarg();
  RefIds Ids = nextRefIds();
  Term Ref = makeLocalRef(P, Ids);
  Term Msg = WrapTimeout ? makeTuple3(P, A.Timeout, Ref, Args[2]) : Args[2];
  TimerWheel::get().startMessage(Ids, Deadline, Dest, Message::create(Msg));
  return Ref;
}

/// The timer ids of a reference, or nothing for a reference that cannot name
/// a timer (an external one); `Valid` is false for a non-reference.
std::optional<RefIds> timerIds(Term Ref, bool &Valid) {
  Valid = Ref.isBoxedKind(HeaderKind::Ref) || Ref.isBoxedKind(HeaderKind::ExternalRef);
  return refIdsOf(Ref);
}

Term timeLeftTerm(Process &P, std::optional<std::int64_t> Left) {
  return Left ? makeInteger(P, *Left) : atomTerm(atoms::False);
}

/// `cancel_timer`/`read_timer`: `Cancel` chooses which.
Term timerQuery(Process &P, const Term *Args, bool HasOptions, bool Cancel) {
  const TimerAtoms &A = TimerAtoms::get();
  bool Async = false, Info = true, Valid;
  std::optional<RefIds> Ids = timerIds(Args[0], Valid);
  if (!Valid)
    return P.badarg();
  if (HasOptions) {
    bool Ok = Cancel ? readBoolOptions(Args[1], {{A.Async, &Async}, {A.Info, &Info}})
                     : readBoolOptions(Args[1], {{A.Async, &Async}});
    if (!Ok)
      return P.badarg();
  }
  std::optional<std::int64_t> Left;
  if (Ids)
    Left = Cancel ? TimerWheel::get().cancel(*Ids) : TimerWheel::get().remaining(*Ids);
  if (!Info)
    return atomTerm(atoms::Ok);
  if (!Async)
    return timeLeftTerm(P, Left);
  Term Reply = makeTuple3(P, Cancel ? A.CancelTimer : A.ReadTimer, Args[0], timeLeftTerm(P, Left));
  sendMessage(P, Reply);
  return atomTerm(atoms::Ok);
}

} // namespace

namespace beamr::bifs {
Term send_after_3(Process &P, const Term *Args) { return startTimer(P, Args, false, false); }
Term send_after_4(Process &P, const Term *Args) { return startTimer(P, Args, true, false); }
Term start_timer_3(Process &P, const Term *Args) { return startTimer(P, Args, false, true); }
Term start_timer_4(Process &P, const Term *Args) { return startTimer(P, Args, true, true); }
Term cancel_timer_1(Process &P, const Term *Args) { return timerQuery(P, Args, false, true); }
Term cancel_timer_2(Process &P, const Term *Args) { return timerQuery(P, Args, true, true); }
Term read_timer_1(Process &P, const Term *Args) { return timerQuery(P, Args, false, false); }
Term read_timer_2(Process &P, const Term *Args) { return timerQuery(P, Args, true, false); }
} // namespace beamr::bifs
