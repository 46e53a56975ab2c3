//===- interp/RuntimeBifs.cpp - BIFs that belong to the code server -------===//
///
/// \file
/// Natively implemented functions that need the interpreter's view of the
/// world (code loading, halting; the code server's lock makes them safe on
/// any scheduler thread) plus stop-gaps for a few core BIFs that
/// Bifs.def may not provide yet. Each is installed only when the export has
/// no BIF already, so lib/Runtime's versions always win.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <vector>

using namespace beamr;
using namespace beamr::interp;

namespace {
Term error1(Process &P, const Term *A) { return P.raiseError(A[0]); }
Term throw1(Process &P, const Term *A) { return P.raise(ExceptionClass::Throw, A[0]); }
Term exit1(Process &P, const Term *A) { return P.raise(ExceptionClass::Exit, A[0]); }
Term display1(Process &, const Term *A) {
  std::string S;
  writeTerm(S, A[0]);
  S += "\n";
  std::fputs(S.c_str(), stdout);
  return atomTerm(atoms::True);
}

Term functionExported3(Process &P, const Term *A) {
  if (!A[0].isAtom() || !A[1].isAtom() || !A[2].isSmall())
    return P.badarg();
  Export *E = ExportTable::get().find(A[0], A[1], unsigned(A[2].smallValue()));
  return boolTerm(E && (E->Code.load() || E->Bif));
}
Term moduleLoaded1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  return boolTerm(CodeServer::get().isLoaded(A[0]));
}
Term ensureLoaded1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  if (CodeServer::get().ensureLoaded(A[0])) {
    Term Pair[] = {*AtomTable::get().intern("module"), A[0]};
    return makeTuple(P, Pair);
  }
  Term Pair[] = {atomTerm(atoms::Error), *AtomTable::get().intern("nofile")};
  return makeTuple(P, Pair);
}

/// code:get_path/0: the code path, as strings.
Term getPath0(Process &P, const Term *) {
  std::vector<Term> Dirs;
  for (const std::string &D : CodeServer::get().path())
    Dirs.push_back(makeByteList(P, D));
  return makeList(P, Dirs);
}

/// The library directory of application `Name` (an atom): the parent of the
/// first `.../Name[-Vsn]/ebin` on the code path, or "" if there is none.
std::string libDirOf(Term Name) {
  std::string_view App = AtomTable::get().name(Name);
  for (const std::string &D : CodeServer::get().path()) {
    std::filesystem::path Ebin(D);
    if (Ebin.filename() != "ebin")
      continue;
    std::string Lib = Ebin.parent_path().filename().string();
    if (Lib == App || (Lib.size() > App.size() && Lib.compare(0, App.size(), App) == 0 &&
                       Lib[App.size()] == '-'))
      return Ebin.parent_path().string();
  }
  return "";
}

/// code:where_is_file/1: the first `Dir/Filename` on the code path that
/// exists, or `non_existing`.
Term whereIsFile1(Process &P, const Term *A) {
  std::optional<std::string> Name = std::string();
  Term L = A[0];
  for (; L.isCons() && L.head().isSmall() && L.head().smallValue() > 0 &&
         L.head().smallValue() < 256;
       L = L.tail())
    *Name += char(L.head().smallValue());
  if (!L.isNil())
    return P.badarg();
  for (const std::string &D : CodeServer::get().path()) {
    std::filesystem::path F = std::filesystem::path(D) / *Name;
    std::error_code Ec;
    if (std::filesystem::exists(F, Ec))
      return makeByteList(P, F.string());
  }
  return *AtomTable::get().intern("non_existing");
}

/// Modules erl preloads into the emulator: code:which/1 answers
/// `preloaded` and code:is_loaded/1 `{file, preloaded}` for them.
const char *const PreloadedNames[] = {"erlang", "init", "prim_file", "prim_eval", "erts_internal",
                                      "zlib", "atomics", "counters", "persistent_term",
                                      "erl_prim_loader", "prim_buffer", "prim_inet",
                                      "prim_socket", "prim_net", "prim_zip", "erts_code_purger",
                                      "erl_tracer",
                                      "socket_registry", "erl_init",
                                      "erts_literal_area_collector",
                                      "erts_dirty_process_signal_handler"};

bool isPreloaded(Term Module) {
  for (const char *N : PreloadedNames)
    if (Module == *AtomTable::get().intern(N))
      return true;
  return false;
}

/// erlang:pre_loaded/0: the modules erl preloads.
Term preLoaded0(Process &P, const Term *) {
  std::vector<Term> Mods;
  for (const char *N : PreloadedNames)
    Mods.push_back(*AtomTable::get().intern(N));
  return makeList(P, Mods);
}

/// erlang:loaded/0: every loaded module, the preloaded ones included.
Term loaded0(Process &P, const Term *) {
  std::vector<Term> Mods;
  for (const char *N : PreloadedNames)
    Mods.push_back(*AtomTable::get().intern(N));
  for (const auto &[M, File] : CodeServer::get().loadedModules())
    if (!isPreloaded(M))
      Mods.push_back(M);
  return makeList(P, Mods);
}

/// code:is_loaded/1: `{file, Path}` (or `{file, preloaded}`), or false.
Term isLoaded1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  std::string File = CodeServer::get().fileOf(A[0]);
  bool Pre = isPreloaded(A[0]);
  if (File.empty() && !Pre)
    return atomTerm(atoms::False);
  Term Pair[] = {*AtomTable::get().intern("file"),
                 Pre ? *AtomTable::get().intern("preloaded") : makeByteList(P, File)};
  return makeTuple(P, Pair);
}

/// code:which/1: the file a module is (or would be) loaded from,
/// `preloaded`, or `non_existing`.
Term which1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  if (isPreloaded(A[0]))
    return *AtomTable::get().intern("preloaded");
  std::string File = CodeServer::get().fileOf(A[0]);
  if (File.empty()) {
    std::string Name = std::string(AtomTable::get().name(A[0])) + ".beam";
    for (const std::string &D : CodeServer::get().path()) {
      std::error_code Ec;
      if (std::filesystem::exists(std::filesystem::path(D) / Name, Ec)) {
        File = (std::filesystem::path(D) / Name).string();
        break;
      }
    }
  }
  return File.empty() ? *AtomTable::get().intern("non_existing") : makeByteList(P, File);
}

/// code:load_file/1: `{module, M}` or `{error, nofile}` (a module already
/// loaded stays as it is: beamr-jit does not reload code yet).
Term loadFile1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  bool Ok = CodeServer::get().ensureLoaded(A[0]);
  Term Pair[] = {Ok ? *AtomTable::get().intern("module") : atomTerm(atoms::Error),
                 Ok ? A[0] : *AtomTable::get().intern("nofile")};
  return makeTuple(P, Pair);
}

/// code:all_loaded/0: `[{Module, File}]`.
Term allLoaded0(Process &P, const Term *) {
  std::vector<Term> Items;
  for (const auto &[M, File] : CodeServer::get().loadedModules()) {
    Term Pair[] = {M, isPreloaded(M) ? *AtomTable::get().intern("preloaded") : makeByteList(P, File)};
    Items.push_back(makeTuple(P, Pair));
  }
  return makeList(P, Items);
}

/// beamr_on_load:claim/1 and finish/2 (see interp/erlang/beamr_on_load.erl).
Term onLoadClaim1(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  using State = CodeServer::OnLoadState;
  switch (CodeServer::get().claimOnLoad(A[0], P.Pid)) {
  case State::Pending:
    return *AtomTable::get().intern("run");
  case State::Running:
    return *AtomTable::get().intern("wait");
  case State::Failed:
    return *AtomTable::get().intern("failed");
  case State::None:
  case State::Done:
    break;
  }
  return *AtomTable::get().intern("done");
}
Term onLoadFinish2(Process &P, const Term *A) {
  if (!A[0].isAtom())
    return P.badarg();
  CodeServer::get().finishOnLoad(A[0], A[1] == atomTerm(atoms::True));
  return atomTerm(atoms::Ok);
}

/// erlang:load_nif/2: beamr-jit loads no NIF libraries (the NIFs it has are
/// native BIFs), so it answers as erl does for a library it cannot load.
Term loadNif2(Process &P, const Term *) {
  std::string Text = "beamr-jit does not load NIF libraries";
  Term Reason[] = {*AtomTable::get().intern("load_failed"), makeByteList(P, Text)};
  Term Error[] = {atomTerm(atoms::Error), makeTuple(P, Reason)};
  return makeTuple(P, Error);
}

/// code:root_dir/0 and code:lib_dir/0: the OTP installation and its lib.
Term rootDir0(Process &P, const Term *) { return makeByteList(P, otpRoot()); }
Term libDir0(Process &P, const Term *) { return makeByteList(P, otpRoot() + "/lib"); }

/// code:lib_dir/1,2 and code:priv_dir/1: the directory, or
/// `{error, bad_name}` as erl answers for an unknown application.
Term appDir(Process &P, Term Name, std::string_view Sub) {
  if (!Name.isAtom())
    return P.badarg();
  std::string Dir = libDirOf(Name);
  if (Dir.empty()) {
    Term Pair[] = {atomTerm(atoms::Error), *AtomTable::get().intern("bad_name")};
    return makeTuple(P, Pair);
  }
  if (!Sub.empty())
    Dir += "/" + std::string(Sub);
  return makeByteList(P, Dir);
}
Term libDir1(Process &P, const Term *A) { return appDir(P, A[0], ""); }
Term libDir2(Process &P, const Term *A) {
  if (!A[1].isAtom())
    return P.badarg();
  return appDir(P, A[0], AtomTable::get().name(A[1]));
}
Term privDir1(Process &P, const Term *A) { return appDir(P, A[0], "priv"); }

/// code:ensure_modules_loaded/1: ok, or {error, [{Module, nofile}]} for
/// the modules found nowhere on the code path (badarg for a non-list).
Term ensureModulesLoaded1(Process &P, const Term *A) {
  std::vector<Term> Missing;
  Term L = A[0];
  for (; L.isCons(); L = L.tail()) {
    if (!L.head().isAtom())
      return P.badarg();
    if (!CodeServer::get().ensureLoaded(L.head())) {
      Term Pair[] = {L.head(), *AtomTable::get().intern("nofile")};
      Missing.push_back(makeTuple(P, Pair));
    }
  }
  if (!L.isNil())
    return P.badarg();
  if (Missing.empty())
    return *AtomTable::get().intern("ok");
  Term Pair[] = {atomTerm(atoms::Error), makeList(P, Missing)};
  return makeTuple(P, Pair);
}

Term moduleInfo(Process &P, Term Module, Term Key) {
  CodeServer &CS = CodeServer::get();
  if (!CS.ensureLoaded(Module))
    return P.badarg();
  std::string_view K = Key.isAtom() ? AtomTable::get().name(Key) : "";
  if (K == "module")
    return Module;
  const LoadedModule *LM = CS.module(Module);
  if (!LM)
    return P.badarg();
  if (K == "exports" || K == "functions") {
    // erl lists exports in the reverse of the ExpT chunk's order (its
    // export table's), functions in code order.
    std::vector<Term> Items;
    auto Add = [&](Term Name, unsigned Arity) {
      Term Pair[] = {Name, Term::small(Arity)};
      Items.push_back(makeTuple(P, Pair));
    };
    if (K == "exports")
      for (auto It = LM->Beam->Exports.rbegin(); It != LM->Beam->Exports.rend(); ++It)
        Add(It->Function, It->Arity);
    else
      for (const LoadedFunction &F : LM->Functions)
        Add(F.Name, F.Arity);
    return makeList(P, Items);
  }
  if (K == "attributes")
    return LM->Beam->Attributes.value_or(Term::nil());
  if (K == "compile")
    return LM->Beam->CompileInfo.value_or(Term::nil());
  if (K == "md5")
    return makeBinary(P, LM->Beam->Md5);
  if (K == "nifs") // No module of ours loads NIFs.
    return Term::nil();
  return P.badarg();
}
Term getModuleInfo1(Process &P, const Term *A) {
  const char *Keys[] = {"module", "exports", "attributes", "compile", "md5"};
  std::vector<Term> Items;
  for (const char *K : Keys) {
    Term Key = *AtomTable::get().intern(K);
    Term Pair[] = {Key, moduleInfo(P, A[0], Key)};
    Items.push_back(makeTuple(P, Pair));
  }
  return makeList(P, Items);
}
Term getModuleInfo2(Process &P, const Term *A) { return moduleInfo(P, A[0], A[1]); }

/// `fun M:F/A` with variable parts: the fun is made without loading M;
/// calling it raises undef if M:F/A does not exist.
Term makeFun3(Process &P, const Term *A) {
  if (!A[0].isAtom() || !A[1].isAtom() || !A[2].isSmall() || A[2].smallValue() < 0 ||
      A[2].smallValue() > 255)
    return P.badarg();
  return makeExportFun(P, A[0], A[1], A[2]);
}

void install(const char *M, const char *F, unsigned Arity, BifFunction Fn) {
  Export &E = ExportTable::get().entry(*AtomTable::get().intern(M), *AtomTable::get().intern(F),
                                       Arity);
  if (!E.Bif)
    E.Bif = Fn;
}
} // namespace

void beamr::interp::installInterpBifs() {
  install("erlang", "error", 1, error1);
  install("erlang", "error", 2, error1);
  install("erlang", "error", 3, error1);
  install("erlang", "nif_error", 1, error1);
  install("erlang", "throw", 1, throw1);
  install("erlang", "exit", 1, exit1);
  install("erlang", "display", 1, display1);
  install("erlang", "function_exported", 3, functionExported3);
  install("erlang", "module_loaded", 1, moduleLoaded1);
  install("code", "ensure_loaded", 1, ensureLoaded1);
  install("code", "ensure_modules_loaded", 1, ensureModulesLoaded1);
  install("code", "get_path", 0, getPath0);
  install("code", "root_dir", 0, rootDir0);
  install("code", "lib_dir", 0, libDir0);
  install("code", "lib_dir", 1, libDir1);
  install("code", "lib_dir", 2, libDir2);
  install("code", "priv_dir", 1, privDir1);
  install("code", "where_is_file", 1, whereIsFile1);
  install("code", "is_loaded", 1, isLoaded1);
  install("code", "which", 1, which1);
  install("code", "load_file", 1, loadFile1);
  install("code", "all_loaded", 0, allLoaded0);
  install("erlang", "pre_loaded", 0, preLoaded0);
  install("erlang", "loaded", 0, loaded0);
  install("beamr_on_load", "claim", 1, onLoadClaim1);
  install("erlang", "load_nif", 2, loadNif2);
  install("beamr_on_load", "finish", 2, onLoadFinish2);
  install("erlang", "get_module_info", 1, getModuleInfo1);
  install("erlang", "get_module_info", 2, getModuleInfo2);
  install("erlang", "make_fun", 3, makeFun3);
  // erlang:fun_info(F, name) asks the code server for a local fun's name.
  setFunNameHook([](Term Module, Word Index) -> Term {
    const FunEntry *E = CodeServer::get().funEntry(Module, unsigned(Index));
    CodeLocation L = E ? CodeServer::get().locate(E->Code) : CodeLocation();
    return L.Function ? L.Function->Name : Term::nil();
  });
}
