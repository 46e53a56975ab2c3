//===- lib/Runtime/BifClock.cpp - Calendar time and statistics ------------===//
///
/// \file
/// `date/0`, `time/0`, `localtime/0`, `universaltime/0`, the deprecated
/// `now/0`, and `statistics/1` for the items programs ask for (runtime,
/// wall_clock, reductions, exact_reductions, garbage_collection, run_queue,
/// io, context_switches). Counters beamr does not keep read as zero; erl's
/// values vary from run to run anyway. Also `os:getpid/0` and
/// `file:native_name_encoding/0`.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/IoServer.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"

#include <atomic>
#include <chrono>
#include <ctime>
#include <optional>
#include <unistd.h>

using namespace beamr;

namespace {

Term dateTuple(Process &P, const std::tm &T) {
  Term D[] = {Term::small(T.tm_year + 1900), Term::small(T.tm_mon + 1), Term::small(T.tm_mday)};
  return makeTuple(P, D);
}

Term timeTuple(Process &P, const std::tm &T) {
  Term D[] = {Term::small(T.tm_hour), Term::small(T.tm_min), Term::small(T.tm_sec)};
  return makeTuple(P, D);
}

std::tm calendarNow(bool Local) {
  std::time_t Now = std::time(nullptr);
  std::tm T{};
  if (Local)
    localTime(Now, T);
  else
    gmtime_r(&Now, &T);
  return T;
}

/// Milliseconds since the first call, and since the previous call for the
/// same item, as erl's {Total, SinceLastCall}.
Term sinceLast(Process &P, std::uint64_t Total, std::atomic<std::uint64_t> &Last) {
  std::uint64_t Before = Last.exchange(Total);
  return makeTuple2(P, makeUnsigned(P, Total), makeUnsigned(P, Total - Before));
}

std::uint64_t cpuMillis() { return std::uint64_t(std::clock()) * 1000 / CLOCKS_PER_SEC; }

std::uint64_t wallMillis() {
  static const auto Start = std::chrono::steady_clock::now();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               Start)
      .count();
}

Term dateTimeTuple(Process &P, const std::tm &T) {
  return makeTuple2(P, dateTuple(P, T), timeTuple(P, T));
}

} // namespace

// localtime_r and mktime read TZ from the environment (glibc's tzset), so
// they run under the environment's shared lock (Environment.h).
void beamr::localTime(std::time_t T, std::tm &Out) {
  std::shared_lock<std::shared_mutex> G(environmentLock());
  localtime_r(&T, &Out);
}

std::time_t beamr::fromLocalTime(std::tm &Tm) {
  std::shared_lock<std::shared_mutex> G(environmentLock());
  return std::mktime(&Tm);
}

std::optional<std::tm> beamr::dateTimeOf(Term DT) {
  auto Triple = [](Term T, SWord Out[3]) {
    if (!T.isTuple() || T.tupleArity() != 3)
      return false;
    for (Word I = 0; I < 3; ++I) {
      if (!T.tupleElement(I).isSmall())
        return false;
      Out[I] = T.tupleElement(I).smallValue();
    }
    return true;
  };
  SWord D[3], T[3];
  if (!DT.isTuple() || DT.tupleArity() != 2 || !Triple(DT.tupleElement(0), D) ||
      !Triple(DT.tupleElement(1), T))
    return std::nullopt;
  static const int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool Leap = (D[0] % 4 == 0 && D[0] % 100 != 0) || D[0] % 400 == 0;
  if (D[0] < 0 || D[1] < 1 || D[1] > 12 || D[2] < 1 ||
      D[2] > Days[D[1] - 1] + (D[1] == 2 && Leap) || T[0] < 0 || T[0] > 23 || T[1] < 0 ||
      T[1] > 59 || T[2] < 0 || T[2] > 59)
    return std::nullopt;
  std::tm Tm{};
  Tm.tm_year = int(D[0] - 1900);
  Tm.tm_mon = int(D[1] - 1);
  Tm.tm_mday = int(D[2]);
  Tm.tm_hour = int(T[0]);
  Tm.tm_min = int(T[1]);
  Tm.tm_sec = int(T[2]);
  return Tm;
}

namespace beamr::bifs {

Term universaltime_to_localtime_1(Process &P, const Term *Args) {
  std::optional<std::tm> Tm = dateTimeOf(Args[0]);
  if (!Tm)
    return P.badarg();
  std::time_t T = timegm(&*Tm);
  std::tm Local{};
  localTime(T, Local);
  return dateTimeTuple(P, Local);
}

/// localtime_to_universaltime/2: `IsDst` true, false or undefined (let the
/// time zone rules decide), as mktime's tm_isdst.
Term localtime_to_universaltime_2(Process &P, const Term *Args) {
  std::optional<std::tm> Tm = dateTimeOf(Args[0]);
  Term IsDst = Args[1];
  if (!Tm || (IsDst != atomTerm(atoms::True) && IsDst != atomTerm(atoms::False) &&
              IsDst != internAtom("undefined")))
    return P.badarg();
  Tm->tm_isdst = IsDst == atomTerm(atoms::True) ? 1 : IsDst == atomTerm(atoms::False) ? 0 : -1;
  std::time_t T = fromLocalTime(*Tm);
  std::tm Utc{};
  gmtime_r(&T, &Utc);
  return dateTimeTuple(P, Utc);
}

Term localtime_to_universaltime_1(Process &P, const Term *Args) {
  Term Two[] = {Args[0], internAtom("undefined")};
  return localtime_to_universaltime_2(P, Two);
}

Term universaltime_to_posixtime_1(Process &P, const Term *Args) {
  std::optional<std::tm> Tm = dateTimeOf(Args[0]);
  if (!Tm)
    return P.badarg();
  return makeInteger(P, SWord(timegm(&*Tm)));
}

Term posixtime_to_universaltime_1(Process &P, const Term *Args) {
  if (!Args[0].isSmall())
    return P.badarg();
  std::time_t T = std::time_t(Args[0].smallValue());
  std::tm Utc{};
  if (!gmtime_r(&T, &Utc))
    return P.badarg();
  return dateTimeTuple(P, Utc);
}

Term date_0(Process &P, const Term *) { return dateTuple(P, calendarNow(true)); }
Term time_0(Process &P, const Term *) { return timeTuple(P, calendarNow(true)); }

Term localtime_0(Process &P, const Term *) {
  std::tm T = calendarNow(true);
  return makeTuple2(P, dateTuple(P, T), timeTuple(P, T));
}

Term universaltime_0(Process &P, const Term *) {
  std::tm T = calendarNow(false);
  return makeTuple2(P, dateTuple(P, T), timeTuple(P, T));
}

/// now/0 is strictly increasing: a repeated microsecond moves on by one.
Term now_0(Process &P, const Term *) {
  static std::atomic<std::uint64_t> LastMicros{0}; // Any thread: a CAS loop.
  std::uint64_t Micros = std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  std::uint64_t Prev = LastMicros.load();
  do {
    if (Micros <= Prev)
      Micros = Prev + 1;
  } while (!LastMicros.compare_exchange_weak(Prev, Micros));
  Term T[] = {makeUnsigned(P, Micros / 1000000000000), makeUnsigned(P, Micros / 1000000 % 1000000),
              makeUnsigned(P, Micros % 1000000)};
  return makeTuple(P, T);
}

Term statistics_1(Process &P, const Term *Args) {
  // The previous call's readings, for every process and thread (atomics).
  static std::atomic<std::uint64_t> LastRuntime{0}, LastWall{0};
  Term Item = Args[0];
  auto Is = [Item](const char *Name) { return Item == internAtom(Name); };
  if (Is("runtime"))
    return sinceLast(P, cpuMillis(), LastRuntime);
  if (Is("wall_clock"))
    return sinceLast(P, wallMillis(), LastWall);
  if (Is("reductions") || Is("exact_reductions")) {
    static std::atomic<std::uint64_t> LastReductions{0}, LastExact{0};
    std::uint64_t Total = processHooks().reductions ? processHooks().reductions() : 0;
    return sinceLast(P, Total, Is("reductions") ? LastReductions : LastExact);
  }
  if (Is("garbage_collection")) {
    GcStatistics G = gcStatistics();
    Term T[] = {makeInteger(P, SWord(G.Collections)), makeInteger(P, SWord(G.WordsReclaimed)),
                Term::small(0)};
    return makeTuple(P, T);
  }
  // Processes queued to run, per scheduler, read for the items below that
  // need them; the caller itself is running, not queued, and counts among
  // the active tasks as in erl.
  auto Queued = [] {
    return processHooks().runQueueLengths ? processHooks().runQueueLengths()
                                          : std::vector<std::size_t>(schedulerThreads(), 0);
  };
  auto Lengths = [&](bool Active, bool All) {
    std::vector<Term> L;
    std::vector<std::size_t> Q = Queued();
    for (std::size_t K = 0; K < Q.size(); ++K)
      L.push_back(makeUnsigned(P, Q[K] + (Active && K == 0 ? 1 : 0)));
    L.push_back(Term::small(0)); // The dirty CPU queue.
    if (All)
      L.push_back(Term::small(0)); // The dirty IO queue.
    return L;
  };
  auto Sum = [&](bool Active) {
    std::uint64_t N = Active ? 1 : 0;
    for (std::size_t Q : Queued())
      N += Q;
    return makeUnsigned(P, N);
  };
  if (Is("run_queue") || Is("total_run_queue_lengths") || Is("total_run_queue_lengths_all"))
    return Sum(false);
  if (Is("total_active_tasks") || Is("total_active_tasks_all"))
    return Sum(true);
  // One run queue per scheduler plus the dirty CPU queue, and
  // for the _all forms the dirty IO queue too, as erl lists them.
  if (Is("run_queue_lengths") || Is("active_tasks"))
    return makeList(P, Lengths(Is("active_tasks"), false));
  if (Is("run_queue_lengths_all") || Is("active_tasks_all"))
    return makeList(P, Lengths(Is("active_tasks_all"), true));
  // Off unless system_flag/2 turns them on, which beamr-jit does not.
  if (Is("scheduler_wall_time") || Is("scheduler_wall_time_all") || Is("microstate_accounting"))
    return internAtom("undefined");
  if (Is("io"))
    return makeTuple2(P, makeTuple2(P, internAtom("input"), Term::small(0)),
                      makeTuple2(P, internAtom("output"), Term::small(0)));
  if (Is("context_switches"))
    return makeTuple2(P, Term::small(0), Term::small(0));
  return P.badarg();
}

Term os_getpid_0(Process &P, const Term *) {
  return makeByteListTerm(P, std::to_string(::getpid()));
}

Term file_native_name_encoding_0(Process &, const Term *) {
  return atomTerm(nativeEncodingIsUtf8() ? atoms::Utf8 : atoms::Latin1);
}

} // namespace beamr::bifs
