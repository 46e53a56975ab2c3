//===- interp/CodeServer.cpp - The code path and module loading -----------===//
///
/// \file
/// Finds `<Module>.beam` along the code path, reads and translates it, and
/// keeps it for good (no purging yet). Code addresses map back to modules
/// through an ordered map of code starts.
///
/// Threads: every member is guarded by `Lock` (recursive: loading calls
/// back into the server); any scheduler thread may load while others run
/// code. A module is registered before its exports are published, and
/// modules are never freed, so pointers handed out stay valid.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/CodeServer.h"

#include "beamr/Loader/BeamReader.h"

#include "llvm/Support/raw_ostream.h"

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

std::vector<std::string> CodeServer::path() {
  std::lock_guard<std::recursive_mutex> G(Lock);
  return Path;
}

bool CodeServer::isLoaded(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  return Modules.count(Module.raw());
}

bool CodeServer::ensureLoaded(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  if (Modules.count(Module.raw()))
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
    if (std::filesystem::exists(File))
      return loadFile(Module, File);
  }
  return false;
}

bool CodeServer::loadFile(Term Module, const std::string &File) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto Beam = readBeamFile(File);
  if (!Beam) {
    llvm::errs() << "beamr-jit: error: " << File << ": " << llvm::toString(Beam.takeError())
                 << "\n";
    return false;
  }
  if ((*Beam)->name() != Module)
    return false;
  auto LM = translateModule(std::move(*Beam));
  if (!LM) {
    llvm::errs() << "beamr-jit: error: " << File << ": " << llvm::toString(LM.takeError()) << "\n";
    return false;
  }
  LoadedModule *Ptr = LM->get();
  ByAddress[Ptr->Code.get()] = Ptr;
  Files[Module.raw()] = File;
  Modules[Module.raw()] = std::move(*LM);
  Generation.fetch_add(1, std::memory_order_acq_rel);
  // Publish last: from the first store on, other scheduler threads may run
  // the code (and ask locate() about it) without taking this lock.
  if (Ptr->OnLoadOffset)
    withholdExports(Module, *Ptr);
  else
    for (auto [E, Code] : Ptr->ExportEntries)
      E->Code.store(Code, std::memory_order_release);
  return true;
}

std::string CodeServer::fileOf(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Files.find(Module.raw());
  return It == Files.end() ? std::string() : It->second;
}

void CodeServer::withholdExports(Term Module, LoadedModule &LM) {
  PendingOnLoad &Pending = OnLoads[Module.raw()];
  Pending.State = OnLoadState::Pending;
  Pending.Exports = LM.ExportEntries; // Never published before on_load is done.
  Export &Run = ExportTable::get().entry(Module, *AtomTable::get().intern("$beamr_on_load"), 0);
  Run.Code.store(LM.Code.get() + LM.OnLoadOffset);
}

CodeServer::OnLoadState CodeServer::onLoadState(Term Module) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = OnLoads.find(Module.raw());
  return It == OnLoads.end() ? OnLoadState::None : It->second.State;
}

CodeServer::OnLoadState CodeServer::claimOnLoad(Term Module, Term Caller) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = OnLoads.find(Module.raw());
  if (It == OnLoads.end())
    return OnLoadState::None;
  OnLoadState Was = It->second.State;
  if (Was == OnLoadState::Pending) {
    It->second.State = OnLoadState::Running;
    It->second.Runner = Caller;
  }
  return Was;
}

bool CodeServer::runsOnLoad(Term Module, Term Pid) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = OnLoads.find(Module.raw());
  return It != OnLoads.end() && It->second.State == OnLoadState::Running && It->second.Runner == Pid;
}

void CodeServer::finishOnLoad(Term Module, bool Ok) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = OnLoads.find(Module.raw());
  if (It == OnLoads.end() || It->second.State != OnLoadState::Running)
    return;
  It->second.State = Ok ? OnLoadState::Done : OnLoadState::Failed;
  if (Ok)
    for (auto [E, Code] : It->second.Exports)
      E->Code.store(Code);
  It->second.Exports.clear();
}

std::vector<std::pair<Term, std::string>> CodeServer::loadedModules() {
  std::lock_guard<std::recursive_mutex> G(Lock);
  std::vector<std::pair<Term, std::string>> Out;
  for (const auto &[Raw, File] : Files)
    Out.emplace_back(Term::fromRaw(Raw), File);
  return Out;
}

const FunEntry *CodeServer::funEntry(Term Module, unsigned Index) {
  std::lock_guard<std::recursive_mutex> G(Lock);
  auto It = Modules.find(Module.raw());
  if (It == Modules.end())
    return nullptr;
  for (const auto &F : It->second->Funs)
    if (F->Index == Index)
      return F.get();
  return nullptr;
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
  return It == Modules.end() ? nullptr : It->second.get();
}
