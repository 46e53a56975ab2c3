//===- lib/Runtime/BifSystem.cpp - Dictionary, exceptions, time, hashes ---===//
///
/// \file
/// The process dictionary, raising exceptions (`error`, `exit/1`, `throw`,
/// `raise`, `nif_error`), unique integers, time BIFs,
/// `phash2`, the external term format BIFs, and `system_info` (`display` is in BifDisplay.cpp).
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Arith.h"
#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/IoServer.h"
#include "beamr/Runtime/Ports.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Runtime/Timers.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace beamr;

/// The CPUs this process may run on, as erl counts its schedulers.
unsigned beamr::availableCpus() {
  cpu_set_t Set;
  if (sched_getaffinity(0, sizeof Set, &Set) == 0 && CPU_COUNT(&Set) > 0)
    return unsigned(CPU_COUNT(&Set));
  long N = sysconf(_SC_NPROCESSORS_ONLN);
  return N > 0 ? unsigned(N) : 1;
}

static std::atomic<unsigned> SchedulerThreads{0};
void beamr::setSchedulerThreads(unsigned N) { SchedulerThreads.store(N); }
unsigned beamr::schedulerThreads() {
  unsigned N = SchedulerThreads.load();
  return N ? N : availableCpus();
}

namespace beamr::bifs {

//===-- process dictionary ------------------------------------------------===//

static std::vector<std::pair<Term, Term>>::iterator findKey(Process &P, Term Key) {
  return std::find_if(P.Dictionary.begin(), P.Dictionary.end(),
                      [Key](const auto &E) { return exactEqualTerms(E.first, Key); });
}

Term put_2(Process &P, const Term *Args) {
  auto It = findKey(P, Args[0]);
  if (It == P.Dictionary.end()) {
    P.Dictionary.emplace_back(Args[0], Args[1]);
    return atomTerm(atoms::Undefined);
  }
  Term Old = It->second;
  It->second = Args[1];
  return Old;
}

Term get_1(Process &P, const Term *Args) {
  auto It = findKey(P, Args[0]);
  return It == P.Dictionary.end() ? atomTerm(atoms::Undefined) : It->second;
}

static Term dictionaryList(Process &P) {
  Term L = Term::nil();
  for (const auto &[K, V] : P.Dictionary)
    L = makeCons(P, makeTuple2(P, K, V), L);
  return L;
}

Term get_0(Process &P, const Term *) { return dictionaryList(P); }

Term erase_1(Process &P, const Term *Args) {
  auto It = findKey(P, Args[0]);
  if (It == P.Dictionary.end())
    return atomTerm(atoms::Undefined);
  Term Old = It->second;
  P.Dictionary.erase(It);
  return Old;
}

Term erase_0(Process &P, const Term *) {
  Term L = dictionaryList(P);
  P.Dictionary.clear();
  return L;
}

Term get_keys_0(Process &P, const Term *) {
  Term L = Term::nil();
  for (const auto &E : P.Dictionary)
    L = makeCons(P, E.first, L);
  return L;
}

Term get_keys_1(Process &P, const Term *Args) {
  Term L = Term::nil();
  for (const auto &[K, V] : P.Dictionary)
    if (exactEqualTerms(V, Args[0]))
      L = makeCons(P, K, L);
  return L;
}

//===-- exceptions --------------------------------------------------------===//

Term error_1(Process &P, const Term *Args) { return P.raiseError(Args[0]); }
Term error_2(Process &P, const Term *Args) { return P.raiseError(Args[0]); }
Term error_3(Process &P, const Term *Args) { return P.raiseError(Args[0]); }
Term nif_error_1(Process &P, const Term *Args) { return P.raiseError(Args[0]); }
Term nif_error_2(Process &P, const Term *Args) { return P.raiseError(Args[0]); }
Term exit_1(Process &P, const Term *Args) { return P.raise(ExceptionClass::Exit, Args[0]); }
Term throw_1(Process &P, const Term *Args) { return P.raise(ExceptionClass::Throw, Args[0]); }

/// A stack frame raise/3 accepts: {M, F, ArityOrArgs, Location}, or the
/// same without Location (which becomes []), or {Fun, ArityOrArgs, Location}.
static std::optional<Term> readFrame(Process &P, Term F) {
  if (!F.isTuple() || (F.tupleArity() != 3 && F.tupleArity() != 4))
    return std::nullopt;
  auto IsArgs = [](Term A) { return A.isSmall() ? A.smallValue() >= 0 : A.isList(); };
  if (F.tupleArity() == 4) {
    bool Ok = F.tupleElement(0).isAtom() && F.tupleElement(1).isAtom() &&
              IsArgs(F.tupleElement(2)) && F.tupleElement(3).isList();
    return Ok ? std::optional<Term>(F) : std::nullopt;
  }
  if (F.tupleElement(0).isAtom() && F.tupleElement(1).isAtom() && IsArgs(F.tupleElement(2))) {
    Term Full[] = {F.tupleElement(0), F.tupleElement(1), F.tupleElement(2), Term::nil()};
    return makeTuple(P, Full);
  }
  bool IsFun = F.tupleElement(0).isBoxedKind(HeaderKind::Fun) ||
               F.tupleElement(0).isBoxedKind(HeaderKind::Export);
  return IsFun && IsArgs(F.tupleElement(1)) && F.tupleElement(2).isList() ? std::optional<Term>(F)
                                                                         : std::nullopt;
}

/// erl's raise/3 returns (not raises) `badarg` when its arguments are bad.
Term raise_3(Process &P, const Term *Args) {
  ExceptionClass Class;
  if (Args[0] == atomTerm(atoms::Error))
    Class = ExceptionClass::Error;
  else if (Args[0] == atomTerm(atoms::Exit))
    Class = ExceptionClass::Exit;
  else if (Args[0] == atomTerm(atoms::Throw))
    Class = ExceptionClass::Throw;
  else
    return atomTerm(atoms::Badarg);
  std::optional<std::vector<Term>> Frames = listElements(Args[2]);
  if (!Frames)
    return atomTerm(atoms::Badarg);
  for (Term &F : *Frames) {
    std::optional<Term> Frame = readFrame(P, F);
    if (!Frame)
      return atomTerm(atoms::Badarg);
    F = *Frame;
  }
  Term Trace = makeList(P, *Frames);
  P.raise(Class, Args[1]);
  // A nil ExcStacktrace asks the tier to build one; {Class, []} marks an
  // empty trace as given (the tiers unwrap the pair).
  P.ExcStacktrace = Trace.isNil() ? makeTuple2(P, Args[0], Trace) : Trace;
  return NoValue;
}

//===-- unique integers ------------------------------------===//

// make_ref/0 lives with the process BIFs (BifProcess.cpp).
/// Any thread. One atomic for the whole VM: its modification order makes
/// the values unique and, as `monotonic` asks, increasing across threads.
static std::atomic<std::uint64_t> UniqueCounter{0};

static Term uniqueInteger(Process &P, bool Positive) {
  std::uint64_t N = UniqueCounter.fetch_add(1, std::memory_order_relaxed);
  if (Positive)
    return makeUnsigned(P, N + 1);
  return makeInteger(P, SWord(N) + Term::MinSmall + 1);
}

Term unique_integer_0(Process &P, const Term *) { return uniqueInteger(P, false); }

Term unique_integer_1(Process &P, const Term *Args) {
  bool Positive = false;
  Term L = Args[0];
  for (; L.isCons(); L = L.tail()) {
    if (L.head() == atomTerm(atoms::Positive))
      Positive = true;
    else if (L.head() != atomTerm(atoms::Monotonic))
      return P.badarg();
  }
  return L.isNil() ? uniqueInteger(P, Positive) : P.badarg();
}

//===-- time --------------------------------------------------------------===//

/// Parts per second of a time unit term; nothing for a bad unit. The native
/// unit is the nanosecond, as on erl for Linux.
static std::optional<std::uint64_t> unitsPerSecond(Term Unit) {
  if (Unit.isSmall() && Unit.smallValue() > 0)
    return std::uint64_t(Unit.smallValue());
  if (!Unit.isAtom())
    return std::nullopt;
  switch (Unit.atomIndex()) {
  case atoms::Second:
  case atoms::Seconds:
    return 1;
  case atoms::Millisecond:
  case atoms::MilliSeconds:
    return 1000;
  case atoms::Microsecond:
  case atoms::MicroSeconds:
    return 1000000;
  case atoms::Nanosecond:
  case atoms::NanoSeconds:
  case atoms::Native:
  case atoms::PerfCounter:
    return 1000000000;
  default:
    return std::nullopt;
  }
}

/// `Time` nanoseconds in `PerSecond` units, rounded down as erl does.
static Term inUnits(Process &P, SWord Nanos, std::uint64_t PerSecond) {
  __int128 Scaled = __int128(Nanos) * PerSecond;
  __int128 Q = Scaled / 1000000000;
  if (Scaled < 0 && Q * 1000000000 != Scaled)
    --Q;
  return makeInteger(P, SWord(Q));
}

static SWord systemNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

template <SWord (*Clock)()> static Term timeIn(Process &P, Term Unit) {
  std::optional<std::uint64_t> PerSecond = unitsPerSecond(Unit);
  return PerSecond ? inUnits(P, Clock(), *PerSecond) : P.badarg();
}
static SWord offsetNanos() { return systemNanos() - monotonicNanos(); }

Term monotonic_time_0(Process &P, const Term *) { return makeInteger(P, monotonicNanos()); }
Term monotonic_time_1(Process &P, const Term *Args) { return timeIn<monotonicNanos>(P, Args[0]); }
Term system_time_0(Process &P, const Term *) { return makeInteger(P, systemNanos()); }
Term system_time_1(Process &P, const Term *Args) { return timeIn<systemNanos>(P, Args[0]); }
Term time_offset_0(Process &P, const Term *) { return makeInteger(P, offsetNanos()); }
Term time_offset_1(Process &P, const Term *Args) { return timeIn<offsetNanos>(P, Args[0]); }

static Term timestampOf(Process &P, SWord Nanos) {
  SWord Micros = Nanos / 1000;
  return makeTuple3(P, Term::small(Micros / 1000000000000), Term::small(Micros / 1000000 % 1000000),
                    Term::small(Micros % 1000000));
}
Term timestamp_0(Process &P, const Term *) { return timestampOf(P, systemNanos()); }

// erlang.erl: convert_time_unit/3 rounds towards negative infinity.
Term convert_time_unit_3(Process &P, const Term *Args) {
  std::optional<std::uint64_t> From = unitsPerSecond(Args[1]), To = unitsPerSecond(Args[2]);
  if (!Args[0].isInteger() || !From || !To)
    return P.badarg();
  Term Scaled = arithMul(P, Args[0], makeUnsigned(P, *To));
  if (Scaled == NoValue)
    return NoValue;
  Term FromT = makeUnsigned(P, *From);
  if (compareTerms(Scaled, Term::small(0)) < 0)
    Scaled = arithSub(P, Scaled, arithSub(P, FromT, Term::small(1)));
  return arithIntDiv(P, Scaled, FromT);
}

//===-- hashing and the external term format ------------------------------===//

Term phash2_1(Process &P, const Term *Args) { return makeUnsigned(P, phash2(Args[0])); }

Term phash2_2(Process &P, const Term *Args) {
  Term Range = Args[1];
  std::uint64_t R;
  if (Range.isSmall() && Range.smallValue() >= 1 && Range.smallValue() <= (SWord(1) << 32))
    R = std::uint64_t(Range.smallValue());
  else
    return P.badarg();
  return makeUnsigned(P, phash2(Args[0], R));
}

/// The deprecated phash/2: 1..Range, or 1..2^32 for Range 2^32.
Term phash_2(Process &P, const Term *Args) {
  Term Range = Args[1];
  if (!Range.isSmall() || Range.smallValue() < 1 || Range.smallValue() > (SWord(1) << 32))
    return P.badarg();
  std::uint64_t R = std::uint64_t(Range.smallValue());
  return makeUnsigned(P, 1 + legacyHash(Args[0]) % R);
}

static Term encode(Process &P, Term T, const EncodeOptions &O) {
  std::vector<unsigned char> Bytes = encodeExternal(T, O);
  return makeBinary(P, Bytes);
}

Term term_to_binary_1(Process &P, const Term *Args) { return encode(P, Args[0], {}); }

Term external_size_1(Process &P, const Term *Args) {
  return makeUnsigned(P, encodeExternal(Args[0], {}).size());
}

/// Only {minor_version, 1 | 2} is an option here (0's text floats are not
/// implemented); erl refuses anything else, `compressed` included.
Term external_size_2(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Options = listElements(Args[1]);
  if (!Options)
    return P.badarg();
  for (Term O : *Options)
    if (!O.isTuple() || O.tupleArity() != 2 || O.tupleElement(0) != internAtom("minor_version") ||
        !(O.tupleElement(1) == Term::small(1) || O.tupleElement(1) == Term::small(2)))
      return P.badarg();
  return external_size_1(P, Args);
}

Term term_to_binary_2(Process &P, const Term *Args) {
  EncodeOptions O;
  Term L = Args[1];
  for (; L.isCons(); L = L.tail()) {
    Term Opt = L.head();
    if (Opt == atomTerm(atoms::Compressed)) {
      O.CompressionLevel = 6;
    } else if (Opt == internAtom("deterministic") || Opt == atomTerm(atoms::Local)) {
      // Our encoding is already deterministic; local ids are not used.
    } else if (Opt.isTuple() && Opt.tupleArity() == 2 && Opt.tupleElement(1).isSmall()) {
      SWord N = Opt.tupleElement(1).smallValue();
      if (Opt.tupleElement(0) == atomTerm(atoms::Compressed) && N >= 0 && N <= 9)
        O.CompressionLevel = int(N);
      else if (Opt.tupleElement(0) == atomTerm(atoms::MinorVersion) && N >= 0 && N <= 2)
        O.MinorVersion = unsigned(N);
      else
        return P.badarg();
    } else {
      return P.badarg();
    }
  }
  return L.isNil() ? encode(P, Args[0], O) : P.badarg();
}

static Term decode(Process &P, Term Bin, bool ReportUsed, bool Safe) {
  std::optional<std::string> Bytes = binaryBytes(Bin);
  if (!Bytes)
    return P.badarg();
  std::span<const unsigned char> Span(reinterpret_cast<const unsigned char *>(Bytes->data()),
                                      Bytes->size());
  std::size_t Used = 0;
  std::optional<Term> T = decodeExternalPrefix(P, Span, Used, Safe);
  if (!T)
    return P.badarg();
  return ReportUsed ? makeTuple2(P, *T, makeUnsigned(P, Used)) : *T;
}

Term binary_to_term_1(Process &P, const Term *Args) { return decode(P, Args[0], false, false); }

Term binary_to_term_2(Process &P, const Term *Args) {
  bool Used = false, Safe = false;
  Term L = Args[1];
  for (; L.isCons(); L = L.tail()) {
    if (L.head() == atomTerm(atoms::Used))
      Used = true;
    else if (L.head() == atomTerm(atoms::Safe))
      Safe = true;
    else
      return P.badarg();
  }
  return L.isNil() ? decode(P, Args[0], Used, Safe) : P.badarg();
}

//===-- system_info -------------------------------------------------------===//

/// io:printable_range/0: erl starts with latin1 unless given +pc unicode.
Term io_printable_range_0(Process &, const Term *) { return atomTerm(atoms::Latin1); }

/// system_flag(schedulers_online, N), or 0 while never set; any thread.
static std::atomic<unsigned> SchedulersOnline{0};

/// The process `erlang:system_flag(system_logger, L)` named (erl starts
/// with `logger`); beamr-jit's own reports do not go through it. Any thread.
static std::atomic<Word> SystemLogger{0};

/// erlang:system_flag/2 for the flags small programs and OTP's own start-up
/// set: the old value, or badarg. Heap-size defaults are accepted and
/// reported as erl's (beamr-jit sizes heaps itself).
Term system_flag_2(Process &P, const Term *Args) {
  Term Flag = Args[0], Value = Args[1];
  auto Is = [Flag](const char *Name) { return Flag == internAtom(Name); };
  auto IsBool = [](Term T) { return T == atomTerm(atoms::True) || T == atomTerm(atoms::False); };
  if (Is("backtrace_depth")) {
    if (!Value.isSmall() || Value.smallValue() < 0)
      return P.badarg();
    return Term::small(setBacktraceDepth(unsigned(std::min<SWord>(Value.smallValue(), 10000))));
  }
  if (Is("system_logger")) {
    if (!Value.isLocalPid() && Value != internAtom("logger") && Value != internAtom("undefined"))
      return P.badarg();
    Word Old = SystemLogger.exchange(Value.raw());
    return Old ? Term::fromRaw(Old) : internAtom("logger");
  }
  if (Is("schedulers_online") || Is("dirty_cpu_schedulers_online")) {
    if (!Value.isSmall() || Value.smallValue() < 1 || Word(Value.smallValue()) > schedulerThreads())
      return P.badarg();
    unsigned Old = SchedulersOnline.exchange(unsigned(Value.smallValue()));
    return Term::small(SWord(Old ? Old : schedulerThreads()));
  }
  if (Is("scheduler_wall_time") || Is("microstate_accounting")) {
    if (!IsBool(Value) && !(Is("microstate_accounting") && Value == internAtom("reset")))
      return P.badarg();
    return atomTerm(atoms::False);
  }
  if (Is("fullsweep_after") || Is("min_heap_size") || Is("min_bin_vheap_size")) {
    if (!Value.isSmall() || Value.smallValue() < 0)
      return P.badarg();
    return Term::small(Is("fullsweep_after") ? 65535 : Is("min_heap_size") ? 233 : 46422);
  }
  return P.badarg();
}

/// The dynamic-trace tag BIFs of an emulator built without VM probes, as
/// Debian's erl is: file.erl calls dt_spread_tag/1 and dt_restore_tag/1
/// around every file server request.
Term dt_spread_tag_1(Process &P, const Term *Args) {
  if (Args[0] != atomTerm(atoms::True) && Args[0] != atomTerm(atoms::False))
    return P.badarg();
  return atomTerm(atoms::True);
}
Term dt_restore_tag_1(Process &P, const Term *Args) {
  return Args[0] == atomTerm(atoms::True) ? Args[0] : P.badarg();
}
Term dt_put_tag_1(Process &, const Term *) { return internAtom("undefined"); }
Term dt_get_tag_0(Process &, const Term *) { return internAtom("undefined"); }
Term dt_get_tag_data_0(Process &, const Term *) { return internAtom("undefined"); }
/// dt_prepend/append_vm_tag_data/1 give their argument back without probes.
Term dt_vm_tag_data_1(Process &, const Term *Args) { return Args[0]; }

/// An environment variable name or value: a string without NUL (and, for a
/// name, without '=' and not empty), as os:putenv/unsetenv accept.
static std::optional<std::string> envText(Term T, bool Name) {
  std::optional<std::u32string> Chars = listToCodePoints(T);
  if (!Chars || (Name && Chars->empty()))
    return std::nullopt;
  std::string Out;
  for (char32_t C : *Chars) {
    if (C == 0 || (Name && C == '='))
      return std::nullopt;
    appendUtf8(Out, C);
  }
  return Out;
}

// The environment is VM-global: readers and writers below take
// environmentLock() (shared to read, exclusive to change).

/// os:getenv/1: the value as a string, or false.
Term os_getenv_1(Process &P, const Term *Args) {
  std::optional<std::string> Name = envText(Args[0], false);
  if (!Name)
    return P.badarg();
  std::optional<std::string> Value = readEnvironment(Name->c_str());
  return Value ? nativeString(P, *Value) : atomTerm(atoms::False);
}

Term os_putenv_2(Process &P, const Term *Args) {
  std::optional<std::string> Name = envText(Args[0], true), Value = envText(Args[1], false);
  if (!Name || !Value)
    return P.badarg();
  std::unique_lock<std::shared_mutex> G(environmentLock());
  if (::setenv(Name->c_str(), Value->c_str(), 1) != 0)
    return P.badarg();
  return atomTerm(atoms::True);
}

Term os_unsetenv_1(Process &P, const Term *Args) {
  std::optional<std::string> Name = envText(Args[0], true);
  if (!Name)
    return P.badarg();
  std::unique_lock<std::shared_mutex> G(environmentLock());
  if (::unsetenv(Name->c_str()) != 0)
    return P.badarg();
  return atomTerm(atoms::True);
}

/// os:env/0: `[{Name, Value}]` for the whole environment.
Term os_env_0(Process &P, const Term *) {
  std::vector<std::string> Entries;
  {
    std::shared_lock<std::shared_mutex> G(environmentLock());
    for (char **E = environ; *E; ++E)
      Entries.emplace_back(*E);
  }
  std::vector<Term> Pairs;
  for (std::string_view Entry : Entries) {
    std::size_t Eq = Entry.find('=', 1);
    if (Eq == std::string_view::npos)
      continue;
    Pairs.push_back(makeTuple2(P, nativeString(P, Entry.substr(0, Eq)),
                               nativeString(P, Entry.substr(Eq + 1))));
  }
  return makeList(P, Pairs);
}

/// erlang:garbage_collect/0,1,2: BIFs cannot collect (callers may hold raw
/// heap pointers), so this is a request the next collection point answers
/// anyway; true for a live process, false otherwise, as erl.
Term garbage_collect_0(Process &, const Term *) { return atomTerm(atoms::True); }
Term garbage_collect_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  return boolTerm(ProcessTable::get().lookup(Args[0]) != nullptr);
}
Term garbage_collect_2(Process &P, const Term *Args) {
  if (!Args[1].isList())
    return P.badarg();
  return garbage_collect_1(P, Args);
}

/// erlang:memory/0,1: byte counts by kind. The total is the resident set
/// size; the split between kinds is an estimate (erl's allocators count
/// exactly, and their numbers vary from run to run as well).
static std::optional<Word> memoryOf(Term Kind) {
  long Pages = 0, Resident = 0;
  if (std::FILE *F = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(F, "%ld %ld", &Pages, &Resident) != 2)
      Resident = 0;
    std::fclose(F);
  }
  Word Total = Word(Resident) * Word(sysconf(_SC_PAGESIZE));
  auto Is = [Kind](const char *N) { return Kind == internAtom(N); };
  if (Is("total"))
    return Total;
  if (Is("processes") || Is("processes_used"))
    return Total / 4;
  if (Is("system"))
    return Total - Total / 4;
  if (Is("atom") || Is("atom_used"))
    return Word(AtomTable::get().size()) * 64;
  if (Is("binary") || Is("code") || Is("ets"))
    return Total / 16;
  return std::nullopt;
}

Term memory_0(Process &P, const Term *) {
  static const char *Kinds[] = {"total", "processes", "processes_used", "system", "atom",
                                "atom_used", "binary", "code", "ets"};
  std::vector<Term> Pairs;
  for (const char *K : Kinds)
    Pairs.push_back(makeTuple2(P, internAtom(K), makeUnsigned(P, *memoryOf(internAtom(K)))));
  return makeList(P, Pairs);
}

Term memory_1(Process &P, const Term *Args) {
  if (Args[0].isAtom()) {
    std::optional<Word> M = memoryOf(Args[0]);
    return M ? makeUnsigned(P, *M) : P.badarg();
  }
  std::optional<std::vector<Term>> Kinds = listElements(Args[0]);
  if (!Kinds)
    return P.badarg();
  std::vector<Term> Pairs;
  for (Term K : *Kinds) {
    std::optional<Word> M = memoryOf(K);
    if (!M)
      return P.badarg();
    Pairs.push_back(makeTuple2(P, K, makeUnsigned(P, *M)));
  }
  return makeList(P, Pairs);
}

/// The text of os:cmd's command: an atom or a (deep) list of characters.
static bool commandText(Term T, std::string &Out) {
  if (T.isAtom()) {
    Out += AtomTable::get().name(T);
    return true;
  }
  for (; T.isCons(); T = T.tail()) {
    Term H = T.head();
    if (H.isSmall() && H.smallValue() >= 0 && H.smallValue() <= 0x10FFFF)
      appendUtf8(Out, char32_t(H.smallValue()));
    else if (!H.isList() || !commandText(H, Out))
      return false;
  }
  return T.isNil();
}

/// Runs `/bin/sh -c Command` as erl's os:cmd does (stdin from /dev/null,
/// stderr into stdout) and returns at most `MaxSize` bytes of its output.
/// It runs on the dirty pool (Export.cpp), which it blocks until the
/// command ends.
static std::string runCommand(const std::string &Command, std::size_t MaxSize) {
  // Close-on-exec, so a command another scheduler thread starts meanwhile
  // does not inherit this pipe's write end (and keep it open past our EOF).
  int Pipe[2];
  if (::pipe2(Pipe, O_CLOEXEC) != 0)
    return "";
  int Null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  ChildSpec Spec;
  Spec.Argv = {"/bin/sh", "-c", Command};
  Spec.StdinFd = Null;
  Spec.StdoutFd = Spec.StderrFd = Pipe[1];
  pid_t Child = spawnChild(Spec);
  if (Null >= 0)
    ::close(Null);
  ::close(Pipe[1]);
  std::string Out;
  char Buf[4096];
  for (ssize_t N; (N = ::read(Pipe[0], Buf, sizeof Buf)) != 0;) {
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      break;
    Out.append(Buf, std::size_t(N));
  }
  ::close(Pipe[0]);
  if (Child > 0)
    waitChild(Child);
  if (Out.size() > MaxSize)
    Out.resize(MaxSize);
  return Out;
}

/// The output as os:cmd returns it: its characters when it is valid UTF-8,
/// else its bytes.
static Term commandOutput(Process &P, const std::string &Out) {
  std::optional<std::u32string> Chars = decodeUtf8(Out);
  return Chars ? makeCodePointList(P, *Chars) : makeByteListTerm(P, Out);
}

Term os_cmd_1(Process &P, const Term *Args) {
  std::string Command;
  if (!commandText(Args[0], Command))
    return P.badarg();
  return commandOutput(P, runCommand(Command, std::string::npos));
}

/// os:cmd/2: the options map may give `max_size` (an integer or infinity).
Term os_cmd_2(Process &P, const Term *Args) {
  std::string Command;
  if (!commandText(Args[0], Command) || !Args[1].isMap())
    return P.badarg();
  std::size_t Max = std::string::npos;
  if (std::optional<Term> M = mapGet(Args[1], internAtom("max_size"))) {
    if (M->isSmall() && M->smallValue() >= 0)
      Max = std::size_t(M->smallValue());
    else if (*M != internAtom("infinity"))
      return P.badarg();
  }
  return commandOutput(P, runCommand(Command, Max));
}

/// erts_debug:flat_size/1: the heap words a copy of the term takes. For
/// lists, tuples, numbers, atoms, small binaries and small maps the layout
/// and so the number are erl's; refc and sub binaries, references, export
/// funs and large maps are laid out differently and count differently.
Term erts_debug_flat_size_1(Process &P, const Term *Args) {
  return makeUnsigned(P, termSize(Args[0]));
}

/// erts_debug:same/2: whether two terms are the same object in memory.
Term erts_debug_same_2(Process &, const Term *Args) {
  return boolTerm(Args[0].raw() == Args[1].raw());
}

/// erlang:get_cookie/0 on a node that is not distributed.
Term get_cookie_0(Process &, const Term *) { return internAtom("nocookie"); }

Term system_info_1(Process &P, const Term *Args) {
  Term Item = Args[0];
  auto Is = [Item](const char *Name) { return Item == internAtom(Name); };
  if (Is("otp_release"))
    return makeByteListTerm(P, "25");
  if (Is("version"))
    return makeByteListTerm(P, "13.1.5");
  if (Is("machine"))
    return makeByteListTerm(P, "BEAM");
  if (Is("system_architecture"))
    return makeByteListTerm(P, "x86_64-pc-linux-gnu");
  if (Is("wordsize"))
    return Term::small(8);
  if (Is("outstanding_system_requests_limit")) // erl's default.
    return Term::small(2000);
  if (Item.isTuple() && Item.tupleArity() == 2 && Item.tupleElement(0) == internAtom("wordsize"))
    return Term::small(8);
  // erl's counts: the scheduler threads (+S), a dirty CPU scheduler per
  // scheduler, ten dirty IO schedulers, one async thread. (`schedulers_online`
  // set lower keeps every thread running.)
  if (Is("logical_processors") || Is("logical_processors_available") ||
      Is("logical_processors_online"))
    return Term::small(SWord(availableCpus()));
  if (Is("schedulers") || Is("dirty_cpu_schedulers"))
    return Term::small(SWord(schedulerThreads()));
  if (Is("schedulers_online") || Is("dirty_cpu_schedulers_online"))
    return Term::small(SWord(SchedulersOnline.load() ? SchedulersOnline.load() : schedulerThreads()));
  if (Is("dirty_io_schedulers"))
    return Term::small(10);
  if (Is("thread_pool_size"))
    return Term::small(1);
  if (Is("process_limit"))
    return Term::small(SWord(ProcessTable::get().limit()));
  if (Is("atom_limit"))
    return Term::small(SWord(AtomTable::MaxAtoms));
  if (Is("atom_count"))
    return makeUnsigned(P, AtomTable::get().size());
  if (Is("emu_flavor"))
    return internAtom("jit");
  if (Is("emu_type"))
    return internAtom("opt");
  if (Is("smp_support") || Is("threads"))
    return boolTerm(true);
  if (Is("hipe_architecture"))
    return atomTerm(atoms::Undefined);
  if (Is("debug_compiled") || Is("dynamic_trace_probes"))
    return boolTerm(false);
  if (Is("dynamic_trace"))
    return internAtom("none");
  if (Is("system_version")) // erl's banner, with the counts reported above.
    return makeByteListTerm(P, "Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] [smp:1:1] [ds:0:0:0] "
                               "[async-threads:0] [jit]\n");
  if (Is("os_type"))
    return makeTuple2(P, internAtom("unix"), internAtom("linux"));
  if (Is("process_count"))
    return makeUnsigned(P, ProcessTable::get().size());
  if (Is("ets_count"))
    return makeUnsigned(P, etsTableCount());
  if (Is("port_count"))
    return makeUnsigned(P, portCount());
  if (Is("port_limit"))
    return Term::small(65536);
  if (Is("build_type"))
    return internAtom("opt");
  if (Is("heap_type"))
    return internAtom("private");
  if (Is("compat_rel"))
    return Term::small(25);
  if (Is("creation"))
    return Term::small(0);
  if (Is("port_limit"))
    return Term::small(65536);
  if (Is("ets_limit"))
    return Term::small(8192);
  if (Is("time_correction"))
    return boolTerm(true);
  if (Is("time_warp_mode"))
    return internAtom("no_time_warp");
  if (Is("min_heap_size"))
    return makeTuple2(P, Item, Term::small(SWord(Process::MinHeapWords)));
  if (Is("fullsweep_after"))
    return makeTuple2(P, Item, Term::small(65535)); // The system default, as erl.
  return P.badarg();
}

Term is_builtin_3(Process &P, const Term *Args) {
  if (!Args[0].isAtom() || !Args[1].isAtom() || !Args[2].isSmall() || Args[2].smallValue() < 0)
    return P.badarg();
  Export *E = ExportTable::get().find(Args[0], Args[1], unsigned(Args[2].smallValue()));
  return boolTerm(E && E->Bif);
}

Term os_system_time_0(Process &P, const Term *Args) { return system_time_0(P, Args); }
Term os_system_time_1(Process &P, const Term *Args) { return system_time_1(P, Args); }
Term os_timestamp_0(Process &P, const Term *Args) { return timestamp_0(P, Args); }

} // namespace beamr::bifs
