//===- interp/Runner.cpp - beamr-jit's command line and boot --------------===//
///
/// \file
/// Parses erl-style flags, sets up the code path (our boot directory, then
/// `-pa` dirs, OTP's ebin dirs, `-pz` dirs), and runs `init:boot/2` with the
/// `-eval` strings. An uncaught exception in the boot process is reported as
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

#include <cstdio>
#include <cstdlib>
#include <charconv>
#include <filesystem>
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

static std::string bootDirectory() {
  char Buf[4096];
  ssize_t N = readlink("/proc/self/exe", Buf, sizeof Buf - 1);
  if (N <= 0)
    return "";
  Buf[N] = 0;
  std::filesystem::path Exe(Buf);
  return (Exe.parent_path().parent_path() / "lib" / "beamr" / "ebin").string();
}

/// What erl's init:get_arguments/0 answers: the flags the erl script adds
/// (root, bindir, progname, home), then the user's, as `{Flag, [Value]}`.
static Term initArguments(Process &P,
                          const std::vector<std::pair<std::string, std::vector<std::string>>> &User) {
  std::string Root = otpRoot(), BinDir;
  std::error_code EC;
  for (const auto &E : std::filesystem::directory_iterator(Root, EC))
    if (E.path().filename().string().rfind("erts-", 0) == 0)
      BinDir = (E.path() / "bin").string();
  const char *Home = std::getenv("HOME");
  std::vector<std::pair<std::string, std::vector<std::string>>> All{
      {"root", {Root}}, {"bindir", {BinDir}}, {"progname", {"erl"}}, {"home", {Home ? Home : ""}}};
  All.insert(All.end(), User.begin(), User.end());
  std::vector<Term> Items;
  for (const auto &[Flag, Values] : All) {
    std::vector<Term> Strings;
    for (const std::string &V : Values)
      Strings.push_back(nativeString(P, V));
    Term Pair[] = {*AtomTable::get().intern(Flag), makeList(P, Strings)};
    Items.push_back(makeTuple(P, Pair));
  }
  return makeList(P, Items);
}

int beamr::runBeamrJit(int Argc, char **Argv) {
  std::vector<std::string> Front, Back, Evals;
  // init:get_arguments/0's user flags, in command-line order.
  std::vector<std::pair<std::string, std::vector<std::string>>> Flags;
  SchedulerConfig Config;
  for (int I = 1; I < Argc; ++I) {
    std::string_view Arg = Argv[I];
    if (Arg == "-noshell" || Arg == "-noinput") {
      Flags.push_back({std::string(Arg.substr(1)), {}});
      continue;
    }
    if (Arg == "-pa" || Arg == "-pz" || Arg == "-eval" || Arg == "+S" || Arg == "+P" ||
        Arg == "--seed") {
      if (I + 1 == Argc)
        return fail("missing argument after '" + llvm::Twine(Argv[I]) + "'");
      ++I;
      if (Arg == "+S" || Arg == "--seed" || Arg == "+P") {
        // +S Schedulers[:Online] (the online count is the one used), +P
        // MaxProcesses (accepted; the table has no fixed limit).
        std::string_view V = Argv[I];
        if (Arg == "+S" && V.find(':') != std::string_view::npos)
          V = V.substr(V.find(':') + 1);
        std::uint64_t N = 0;
        auto [End, Err] = std::from_chars(V.data(), V.data() + V.size(), N);
        if (Err != std::errc() || End != V.data() + V.size() || V.empty() ||
            (Arg == "+S" && (N < 1 || N > 1024)))
          return fail("bad value '" + llvm::Twine(Argv[I]) + "' for '" + llvm::Twine(Argv[I - 1]) + "'");
        if (Arg == "+S")
          Config.Threads = unsigned(N);
        else if (Arg == "--seed")
          Config.Seed = N;
        continue;
      }
      if (Arg == "-pa" || Arg == "-pz")
        Flags.push_back({std::string(Arg.substr(1)), {Argv[I]}});
      if (Arg == "-pa")
        Front.push_back(Argv[I]);
      else if (Arg == "-pz")
        Back.push_back(Argv[I]);
      else if (Arg == "-eval")
        Evals.push_back(Argv[I]);
      continue;
    }
    return fail("unknown option '" + llvm::Twine(Argv[I]) + "'");
  }

  registerBifs();
  interp::am::initInterpAtoms();
  interp::installHaltBifs();
  interp::installInterpBifs();
  std::vector<std::string> Path{bootDirectory()};
  Path.insert(Path.end(), Front.begin(), Front.end());
  CodeServer::get().setPath(Path, Back);

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
  H.statusOf = [](Process &Q) -> Term {
    static const char *const Names[] = {"waiting", "runnable", "running", "exiting"};
    return *AtomTable::get().intern(Names[unsigned(Scheduler::get().status(Q))]);
  };
  H.currentStacktrace = [](Process &P) {
    const Word *PC = Scheduler::get().currentCallSite();
    return PC ? interp::currentStacktrace(P, PC) : Term::nil();
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
  Term Io = startIoServer();
  BootProcess = ProcessTable::get().create(Io);
  BootProcess->Signals.TrapExit = true; // erl's -eval process traps exits.
  std::vector<Term> Strings;
  for (const std::string &E : Evals)
    Strings.push_back(nativeString(*BootProcess, E));
  Term EvalList = makeList(*BootProcess, Strings);
  Term InitArgs = initArguments(*BootProcess, Flags);
  BootProcess->parkRegisters(2);
  BootProcess->X[0] = EvalList;
  BootProcess->X[1] = InitArgs;
  Export &Boot = ExportTable::get().entry(interp::am::Init, *AtomTable::get().intern("boot"), 2);
  S.spawn(*BootProcess, Boot);
  S.run();
  flushAll();
  return 0;
}
