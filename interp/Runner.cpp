//===- interp/Runner.cpp - beamr-jit's command line and boot --------------===//
///
/// \file
/// Takes the emulator's flags (`+S`, `+P`, `--seed`), sets up the code path
/// (our boot directory, then `-pa` dirs, OTP's ebin dirs, `-pz` dirs), and
/// runs `init:boot/1` with erlexec's arguments and the user's, as binaries;
/// `beamr-jit run`/`test` make those of `gleam run`/`gleam test`. An uncaught exception in the boot process is reported as
/// erl's init reports it (Halt.cpp) and exits 1. When nothing is
/// runnable any more the tool exits 0 (erl would wait forever).
//===----------------------------------------------------------------------===//
#include "beamr/Interp/Runner.h"

#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Interp/Scheduler.h"
#include "beamr/Runtime/IoServer.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Printer.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <charconv>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

using namespace beamr;

static int fail(const llvm::Twine &Message) {
  llvm::errs() << "beamr-jit: error: " << Message << "\n";
  return 1;
}

static Process *BootProcess = nullptr; // Set at boot, before it is spawned; read-only after.

static void flushAll() {
  llvm::outs().flush();
  std::fflush(stdout);
  std::fflush(stderr);
}

static void onExit(Process &P, Term Reason) {
  if (&P == BootProcess && Reason != interp::am::Normal)
    interp::reportBootFailure(P, Reason);
  processExited(P, Reason);
}

/// The arguments erl's erlexec hands its init before the user's: the
/// installation (root, bindir), the program name and the home directory,
/// which init:get_arguments/0 lists first.
static std::vector<std::string> systemArguments() {
  std::string Root = otpRoot(), BinDir;
  std::error_code EC;
  for (const auto &E : std::filesystem::directory_iterator(Root, EC))
    if (E.path().filename().string().rfind("erts-", 0) == 0)
      BinDir = (E.path() / "bin").string();
  const char *Home = std::getenv("HOME");
  return {"-root", Root, "-bindir", BinDir, "-progname", "erl", "--", "-home", Home ? Home : "", "--"};
}

/// Whether init takes `Arg` for a flag (a value list ends there), as OTP's
/// init parses its arguments.
static bool isInitFlag(std::string_view Arg) { return Arg.size() > 1 && Arg[0] == '-'; }

/// The values of every `-Flag` among init's arguments, in order (what
/// init:get_argument/1 would answer, flattened); none after `-extra`.
static std::vector<std::string> initFlagValues(const std::vector<std::string> &Args,
                                               std::string_view Flag) {
  std::vector<std::string> Values;
  for (std::size_t I = 0; I < Args.size(); ++I) {
    if (Args[I] == "-extra")
      break;
    if (!isInitFlag(Args[I]) || std::string_view(Args[I]).substr(1) != Flag)
      continue;
    for (std::size_t J = I + 1; J < Args.size() && !isInitFlag(Args[J]); ++J)
      Values.push_back(Args[J]);
  }
  return Values;
}

/// `beamr-jit run [DIR] [--module M] [-- ARGS]` and `beamr-jit test [DIR]
/// [-- ARGS]`: the init arguments `gleam run` / `gleam test` give erl for
/// the Gleam project in DIR (default "."), whose package is the `name` of
/// its gleam.toml: every `build/dev/erlang/*/ebin` on the code path, then
/// `<package>@@main:run(<module>)` (the module gleam generates for this),
/// ARGS as plain arguments. The module is the package's own (`run`), the
/// one given by `--module` with `/` as `@` (a/b is the module a@b), or
/// `<package>_test` (`test`). Empty on a bad command line, with `Error` set.
static std::vector<std::string> gleamArguments(bool Test, int Argc, char **Argv, int I,
                                               std::string &Error) {
  std::string Dir = ".", Module;
  std::vector<std::string> Plain;
  for (; I < Argc; ++I) {
    std::string_view Arg = Argv[I];
    if (Arg == "--") {
      Plain.assign(Argv + I + 1, Argv + Argc);
      break;
    }
    if (Arg == "--module" && !Test) {
      if (I + 1 == Argc) {
        Error = "missing argument after '--module'";
        return {};
      }
      Module = Argv[++I];
      continue;
    }
    if (Arg.empty() || Arg[0] == '-' || Dir != ".") {
      Error = "unknown argument '" + std::string(Arg) + "' (usage: beamr-jit " +
              (Test ? "test [DIR] [-- ARGS]" : "run [DIR] [--module M] [-- ARGS]") + ")";
      return {};
    }
    Dir = std::string(Arg);
  }
  namespace fs = std::filesystem;
  std::ifstream Toml(fs::path(Dir) / "gleam.toml");
  if (!Toml) {
    Error = "no gleam.toml in '" + Dir + "': not a Gleam project";
    return {};
  }
  std::string Package, Line;
  while (Package.empty() && std::getline(Toml, Line)) {
    // `name = "package"`, at the top level (before any [table]).
    std::size_t K = Line.find_first_not_of(" \t");
    if (K == std::string::npos || Line[K] == '#')
      continue;
    if (Line[K] == '[')
      break;
    if (Line.compare(K, 4, "name") != 0)
      continue;
    std::size_t Eq = Line.find('=', K + 4), Open = Line.find('"', K + 4);
    std::size_t Close = Open == std::string::npos ? Open : Line.find('"', Open + 1);
    if (Eq != std::string::npos && Eq < Open && Close != std::string::npos &&
        Line.find_first_not_of(" \t", K + 4) == Eq)
      Package = Line.substr(Open + 1, Close - Open - 1);
  }
  if (Package.empty()) {
    Error = "'" + (fs::path(Dir) / "gleam.toml").string() + "' names no package (name = \"...\")";
    return {};
  }
  std::vector<std::string> Ebins;
  std::error_code EC;
  for (const auto &E : fs::directory_iterator(fs::path(Dir) / "build" / "dev" / "erlang", EC))
    if (fs::is_directory(E.path() / "ebin", EC))
      Ebins.push_back((E.path() / "ebin").string());
  if (Ebins.empty()) {
    Error = "no build/dev/erlang/*/ebin in '" + Dir + "': build the project first";
    return {};
  }
  std::sort(Ebins.begin(), Ebins.end());
  if (Test)
    Module = Package + "_test";
  else if (Module.empty())
    Module = Package;
  std::replace(Module.begin(), Module.end(), '/', '@');
  auto Quoted = [](const std::string &Name) {
    std::string Q = "'";
    for (char C : Name) {
      if (C == '\'' || C == '\\')
        Q += '\\';
      Q += C;
    }
    return Q + "'";
  };
  std::vector<std::string> Args{"-pa"};
  Args.insert(Args.end(), Ebins.begin(), Ebins.end());
  Args.insert(Args.end(), {"-noshell", "-eval", Quoted(Package + "@@main") + ":run(" + Quoted(Module) + ")",
                           "-extra"});
  Args.insert(Args.end(), Plain.begin(), Plain.end());
  return Args;
}

int beamr::runBeamrJit(int Argc, char **Argv) {
  // As erl: a write to a closed pipe (a port's child gone, stdout piped to a
  // reader that quit) fails with EPIPE instead of killing the VM.
  std::signal(SIGPIPE, SIG_IGN);
  // Emulator flags (+S, +P, --seed) are ours; every other argument goes to
  // init in order, which sorts out flags, things to start (-eval, -s,
  // -run) and plain arguments as OTP's init does.
  std::vector<std::string> InitArgs;
  SchedulerConfig Config;
  int First = 1;
  if (Argc > 1 && (std::string_view(Argv[1]) == "run" || std::string_view(Argv[1]) == "test")) {
    std::string Error;
    InitArgs = gleamArguments(std::string_view(Argv[1]) == "test", Argc, Argv, 2, Error);
    if (InitArgs.empty())
      return fail(Error);
    First = Argc;
  }
  for (int I = First; I < Argc; ++I) {
    std::string_view Arg = Argv[I];
    if (Arg == "-extra") {
      InitArgs.insert(InitArgs.end(), Argv + I, Argv + Argc);
      break;
    }
    if (Arg == "+S" || Arg == "+P" || Arg == "--seed") {
      if (I + 1 == Argc)
        return fail("missing argument after '" + llvm::Twine(Argv[I]) + "'");
      ++I;
      // +S Schedulers[:Online] (the online count is the one used), +P
      // MaxProcesses (in erl's range, rounded up to a power of two).
      std::string_view V = Argv[I];
      if (Arg == "+S" && V.find(':') != std::string_view::npos)
        V = V.substr(V.find(':') + 1);
      std::uint64_t N = 0;
      auto [End, Err] = std::from_chars(V.data(), V.data() + V.size(), N);
      bool Valid = Err == std::errc() && End == V.data() + V.size() && !V.empty();
      if (Arg == "+P" && (!Valid || N < 1024 || N > 134217727))
        return fail("bad number of processes " + llvm::Twine(Argv[I]));
      if (!Valid || (Arg == "+S" && (N < 1 || N > 1024)))
        return fail("bad value '" + llvm::Twine(Argv[I]) + "' for '" + llvm::Twine(Argv[I - 1]) + "'");
      if (Arg == "+S")
        Config.Threads = unsigned(N);
      else if (Arg == "--seed")
        Config.Seed = N;
      else
        ProcessTable::get().setLimit(std::bit_ceil(N));
      continue;
    }
    if (!Arg.empty() && Arg[0] == '+')
      return fail("unknown emulator flag '" + llvm::Twine(Argv[I]) + "'");
    InitArgs.push_back(std::string(Arg));
  }
  std::vector<std::string> Front = initFlagValues(InitArgs, "pa"), Back = initFlagValues(InitArgs, "pz");

  registerBifs();
  interp::am::initInterpAtoms();
  interp::installHaltBifs();
  interp::installInterpBifs();
  CodeServer::get().setPath(Front, Back);

  Scheduler &S = Scheduler::get();
  S.configure(Config);
  setSchedulerThreads(S.threadCount());
  S.setExitHandler(onExit);
  ProcessHooks H;
  H.spawn = [](Process &P, Export &E) { Scheduler::get().spawn(P, E); };
  H.spawnFun = [](Process &P, Term F, unsigned N) { Scheduler::get().spawnFun(P, F, N); };
  H.wake = [](Process &P) { Scheduler::get().wake(P); };
  H.kill = [](Process &P, Term R) { Scheduler::get().kill(P, R); };
  H.yieldCurrent = [] { Scheduler::get().yieldCurrent(); };
  H.releaseTask = [](Process &P) { Scheduler::get().release(P); };
  H.recheckIdle = [] { Scheduler::get().recheckIdle(); };
  H.suspend = [](Process &P) { Scheduler::get().suspend(P); };
  H.resume = [](Process &P) { Scheduler::get().resume(P); };
  H.reductions = [] { return Scheduler::get().reductions(); };
  H.runQueueLengths = [] { return Scheduler::get().runQueueLengths(); };
  H.statusOf = [](Process &Q) -> Term {
    static const char *const Names[] = {"waiting", "runnable", "running", "exiting", "suspended"};
    return *AtomTable::get().intern(Names[unsigned(Scheduler::get().status(Q))]);
  };
  H.currentStacktrace = [](Process &P, Process &Q) {
    const Word *PC = &Q == &P ? Scheduler::get().currentCallSite() : Scheduler::get().resumeAddress(Q);
    // A hibernating process has no stack (erl answers [] too).
    if (!PC || PC == hibernateWaitAddress())
      return Term::nil();
    return interp::currentStacktrace(P, Q, PC);
  };
  H.currentFunctionOf = [](Process &P, Process &Q) -> Term {
    const Word *At = Scheduler::get().resumeAddress(Q);
    if (At == hibernateWaitAddress()) {
      Term MFA[] = {interp::am::Erlang, *AtomTable::get().intern("hibernate"), Term::small(3)};
      return makeTuple(P, MFA);
    }
    CodeLocation L = CodeServer::get().locate(At);
    if (!L.Module || !L.Function)
      return NoValue;
    Term MFA[] = {L.Module->Name, L.Function->Name, Term::small(L.Function->Arity)};
    return makeTuple(P, MFA);
  };
  setProcessHooks(H);
  S.setMailboxOps({mailboxPeek, mailboxAdvance, mailboxRemove, mailboxResetCursor,
                   mailboxReserveMarker, mailboxBindMarker, mailboxUseMarker, mailboxClearMarker});
  // The first process runs OTP's init:boot/1 (erl's erl_init:start/2 would
  // first load the static NIFs, which are native BIFs here).
  BootProcess = ProcessTable::get().create();
  // erts starts its code purger itself, a system process (init:stop/0
  // leaves it alone) whose idle timeout keeps nothing running.
  Process *Purger = ProcessTable::get().create();
  Purger->System = true;
  Purger->Daemon.store(true);
  S.spawn(*Purger, ExportTable::get().entry(*AtomTable::get().intern("erts_code_purger"),
                                             *AtomTable::get().intern("start"), 0));
  BootProcess->GroupLeader.store(BootProcess->Pid);
  // init:boot/1's argument, as erlexec passes it: binaries.
  std::vector<std::string> BootArgs = systemArguments();
  BootArgs.insert(BootArgs.end(), InitArgs.begin(), InitArgs.end());
  std::vector<Term> Bins;
  for (const std::string &A : BootArgs)
    Bins.push_back(makeBinary(*BootProcess, std::span<const unsigned char>(
                                                reinterpret_cast<const unsigned char *>(A.data()), A.size())));
  Term BootList = makeList(*BootProcess, Bins);
  BootProcess->parkRegisters(1);
  BootProcess->X[0] = BootList;
  Export &Boot = ExportTable::get().entry(interp::am::Init, *AtomTable::get().intern("boot"), 1);
  S.spawn(*BootProcess, Boot);
  S.run();
  flushAll();
  return 0;
}
