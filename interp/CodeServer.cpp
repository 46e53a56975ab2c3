//===- interp/CodeServer.cpp - Module versions and loading ----------------===//
///
/// \file
/// Keeps each module's current, old and on_load-waiting code; prepares
/// code from `.beam` bytes and makes it current as OTP's code_server asks.
/// Code is never freed: purged versions stay allocated, so a code address
/// anyone holds (a return address, `locate`'s answer) stays valid.
///
/// Threads: every member is guarded by `Lock` (recursive: loading calls
/// back into the server); any scheduler thread may load while others run
/// code. A module is registered before its exports are published, so
/// `locate` knows code as soon as anyone can run it.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/CodeServer.h"

#include "beamr/Loader/BeamReader.h"

#include "beamr/Runtime/ProcessTable.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace beamr;

CodeServer &CodeServer::get() {
  static CodeServer CS;
  return CS;
}

std::string beamr::otpRoot() {
  if (const char *Root = std::getenv("BEAMR_OTP_ROOT"))
    return Root;
  return "/usr/lib/erlang";
}

static const char *const PreloadedNames[] = {
    "erlang", "init", "prim_file", "prim_eval", "erts_internal", "zlib", "atomics", "counters",
    "persistent_term", "erl_prim_loader", "prim_buffer", "prim_inet", "prim_socket", "prim_net",
    "prim_zip", "erts_code_purger", "erl_tracer", "socket_registry", "erl_init",
    "erts_literal_area_collector", "erts_dirty_process_signal_handler"};

std::span<const char *const> beamr::preloadedModuleNames() { return PreloadedNames; }

bool beamr::isPreloaded(Term Module) {
  static const std::vector<Term> Atoms = [] {
    std::vector<Term> A;
    for (const char *N : PreloadedNames)
      A.push_back(*AtomTable::get().intern(N));
    return A;
  }();
  return std::find(Atoms.begin(), Atoms.end(), Module) != Atoms.end();
}

void CodeServer::setPath(const std::vector<std::string> &Front,
                         const std::vector<std::string> &Back) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  Path = Front;
  namespace fs = std::filesystem;
  std::error_code EC;
  std::vector<std::string> Libs;
  for (const auto &Entry : fs::directory_iterator(otpRoot() + "/lib", EC)) {
    fs::path Ebin = Entry.path() / "ebin";
    if (fs::is_directory(Ebin, EC))
      Libs.push_back(Ebin.string());
  }
  // As erl's start script lays it out: the current directory, kernel and
  // stdlib (the boot script's first applications), then the other
  // applications in name order.
  auto Rank = [](const std::string &Dir) {
    std::string Name = std::filesystem::path(Dir).parent_path().filename().string();
    return Name.rfind("kernel-", 0) == 0 ? 0 : Name.rfind("stdlib-", 0) == 0 ? 1 : 2;
  };
  std::sort(Libs.begin(), Libs.end(), [&](const std::string &A, const std::string &B) {
    return std::pair(Rank(A), A) < std::pair(Rank(B), B);
  });
  Path.push_back(".");
  Path.insert(Path.end(), Libs.begin(), Libs.end());
  Path.insert(Path.end(), Back.begin(), Back.end());
}

bool CodeServer::isLoaded(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  return It != Modules.end() && It->second.Current;
}

bool CodeServer::ensureLoaded(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  if (isLoaded(Module))
    return true;
  if (!Module.isAtom())
    return false;
  std::string Name(AtomTable::get().name(Module));
  // erts' erlang.beam only holds stubs for functions the runtime implements
  // (apply/3 calls itself there); loading it would loop, not raise undef.
  if (Name == "erlang")
    return false;
  for (const std::string &Dir : Path) {
    std::string File = Dir + "/" + Name + ".beam";
    if (!std::filesystem::exists(File))
      continue;
    auto Beam = readBeamFile(File);
    if (!Beam) {
      llvm::errs() << "beamr-jit: error: " << File << ": " << llvm::toString(Beam.takeError()) << "\n";
      return false;
    }
    if ((*Beam)->name() != Module)
      return false;
    auto LM = translateModule(std::move(*Beam));
    if (!LM) {
      llvm::errs() << "beamr-jit: error: " << File << ": " << llvm::toString(LM.takeError()) << "\n";
      return false;
    }
    // A module with an on_load function needs a process to run it: only
    // init and OTP's code_server load those (erl's boot does the same).
    if ((*LM)->OnLoadOffset)
      return false;
    // erl's preloaded modules are in its image without line information
    // (their stack frames show no file or line).
    if (isPreloaded(Module))
      (*LM)->LineMarks.clear();
    install(Module, std::move(*LM));
    return true;
  }
  return false;
}

/// Publishes `LM`'s exports and withdraws those of the code it replaces
/// (now old, still running) that it does not export.
void CodeServer::install(Term Module, std::unique_ptr<LoadedModule> LM) {
  Versions &V = Modules[Module.raw()];
  if (V.Current)
    makeOld(V);
  LoadedModule *Ptr = LM.get();
  ByAddress[Ptr->Code.get()] = Ptr;
  V.Current = std::move(LM);
  Generation.fetch_add(1, std::memory_order_acq_rel);
  // Publish last: from the first store on, other scheduler threads may run
  // the code (and ask locate() about it) without taking this lock.
  for (auto [E, Code] : Ptr->ExportEntries)
    E->Code.store(Code, std::memory_order_release);
}

/// The current code becomes old: exports that new code does not publish
/// again find nothing (calls go to the error handler).
void CodeServer::makeOld(Versions &V) {
  if (V.Old)
    Purged.push_back(std::move(V.Old));
  for (auto [E, Code] : V.Current->ExportEntries) {
    const Word *Expected = Code;
    E->Code.compare_exchange_strong(Expected, nullptr);
  }
  V.Old = std::move(V.Current);
}

CodeServer::PrepareResult CodeServer::prepare(Term Module, std::span<const unsigned char> Bytes) {
  PrepareResult R;
  auto Beam = readBeamModule(llvm::ArrayRef<unsigned char>(Bytes.data(), Bytes.size()));
  if (!Beam) {
    llvm::consumeError(Beam.takeError());
    R.Error = "badfile";
    return R;
  }
  if ((*Beam)->name() != Module) {
    R.Error = "badfile";
    return R;
  }
  auto LM = translateModule(std::move(*Beam));
  if (!LM) {
    // Valid BEAM the interpreter cannot run (an instruction it lacks):
    // say why, as erl's loader does for code it refuses.
    llvm::errs() << "beamr-jit: error: loading " << AtomTable::get().name(Module) << ": "
                 << llvm::toString(LM.takeError()) << "\n";
    R.Error = "badfile";
    return R;
  }
  std::lock_guard<std::recursive_mutex> G(Lock);
  RefIds Id = nextRefIds();
  PreparedCode[Id] = std::move(*LM);
  R.Id = Id;
  return R;
}

std::optional<bool> CodeServer::preparedHasOnLoad(const RefIds &Id) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = PreparedCode.find(Id);
  if (It == PreparedCode.end())
    return std::nullopt;
  return It->second->OnLoadOffset != 0;
}

std::optional<CodeServer::FinishResult>
CodeServer::finishLoading(const std::vector<RefIds> &Ids) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  std::vector<Term> Mods;
  for (const RefIds &Id : Ids) {
    auto It = PreparedCode.find(Id);
    if (It == PreparedCode.end())
      return std::nullopt;
    Mods.push_back(It->second->Name);
  }
  FinishResult R;
  auto Fail = [&](const char *Why, std::vector<Term> Which) {
    R.Outcome = Why;
    R.Modules = std::move(Which);
    return R;
  };
  std::vector<Term> Seen, Dups;
  for (Term M : Mods) {
    if (std::find(Seen.begin(), Seen.end(), M) != Seen.end()) {
      if (std::find(Dups.begin(), Dups.end(), M) == Dups.end())
        Dups.push_back(M);
    } else {
      Seen.push_back(M);
    }
  }
  if (!Dups.empty())
    return Fail("duplicated", Dups);
  std::vector<Term> NotPurged;
  for (Term M : Mods) {
    auto It = Modules.find(M.raw());
    if (It != Modules.end() && It->second.Current && It->second.Old)
      NotPurged.push_back(M);
  }
  if (!NotPurged.empty())
    return Fail("not_purged", NotPurged);
  std::vector<Term> OnLoad;
  for (const RefIds &Id : Ids) {
    std::unique_ptr<LoadedModule> Code = std::move(PreparedCode.extract(Id).mapped());
    Term M = Code->Name;
    if (!Code->OnLoadOffset) {
      install(M, std::move(Code));
      continue;
    }
    // erl runs the on_load function before the code becomes current; calls
    // meanwhile reach the current code, or the error handler.
    Versions &V = Modules[M.raw()];
    if (V.OnLoad)
      Purged.push_back(std::move(V.OnLoad));
    V.OnLoad = std::move(Code);
    ByAddress[V.OnLoad->Code.get()] = V.OnLoad.get();
    V.OnLoadRun = &ExportTable::get().entry(M, *AtomTable::get().intern("$beamr_on_load"), 0);
    V.OnLoadRun->Code.store(V.OnLoad->Code.get() + V.OnLoad->OnLoadOffset);
    Generation.fetch_add(1, std::memory_order_acq_rel);
    OnLoad.push_back(M);
  }
  if (!OnLoad.empty())
    return Fail("on_load", OnLoad);
  return R;
}

Export *CodeServer::onLoadEntry(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  return It == Modules.end() || !It->second.OnLoad ? nullptr : It->second.OnLoadRun;
}

bool CodeServer::finishAfterOnLoad(Term Module, bool Keep) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  if (It == Modules.end() || !It->second.OnLoad)
    return false;
  Versions &V = It->second;
  V.OnLoadRun->Code.store(nullptr);
  std::unique_ptr<LoadedModule> Code = std::move(V.OnLoad);
  if (Keep)
    install(Module, std::move(Code));
  else
    Purged.push_back(std::move(Code));
  Generation.fetch_add(1, std::memory_order_acq_rel);
  return true;
}

const char *CodeServer::deleteModule(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  if (It == Modules.end() || !It->second.Current)
    return "undefined";
  if (It->second.Old)
    return "badarg";
  makeOld(It->second);
  Generation.fetch_add(1, std::memory_order_acq_rel);
  return "true";
}

const LoadedModule *CodeServer::oldCode(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  return It == Modules.end() ? nullptr : It->second.Old.get();
}

void CodeServer::purgeOld(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  if (It == Modules.end() || !It->second.Old)
    return;
  Purged.push_back(std::move(It->second.Old));
  Generation.fetch_add(1, std::memory_order_acq_rel);
}

std::vector<Term> CodeServer::modulesWithCode() {
  std::lock_guard<std::recursive_mutex> G(Lock);
  std::vector<Term> Out;
  for (const auto &[Raw, V] : Modules)
    if (V.Current || V.Old)
      Out.push_back(Term::fromRaw(Raw));
  return Out;
}

static const FunEntry *findFun(const LoadedModule *LM, unsigned Index,
                               std::optional<std::uint32_t> OldUniq) {
  if (!LM)
    return nullptr;
  for (const auto &F : LM->Funs)
    if (F->Index == Index && (!OldUniq || F->OldUniq == *OldUniq))
      return F.get();
  return nullptr;
}

const FunEntry *CodeServer::funEntry(Term Module, unsigned Index, std::uint32_t OldUniq) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  if (It == Modules.end())
    return nullptr;
  const Versions &V = It->second;
  for (const LoadedModule *LM : {V.Current.get(), V.Old.get(), V.OnLoad.get()})
    if (const FunEntry *F = findFun(LM, Index, OldUniq))
      return F;
  return nullptr;
}

const FunEntry *CodeServer::funEntry(Term Module, unsigned Index) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  return It == Modules.end() ? nullptr : findFun(It->second.Current.get(), Index, std::nullopt);
}

CodeLocation CodeServer::locate(const Word *Address) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  CodeLocation L;
  auto It = ByAddress.upper_bound(Address);
  if (It == ByAddress.begin())
    return L;
  --It;
  if (!It->second->contains(Address))
    return L;
  L.Module = It->second;
  L.Function = L.Module->functionAt(Address);
  L.LineItem = L.Module->lineAt(Address);
  return L;
}

const LoadedModule *CodeServer::module(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  return It == Modules.end() ? nullptr : It->second.Current.get();
}
