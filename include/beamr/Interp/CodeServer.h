//===- beamr/Interp/CodeServer.h - Finding and loading modules --*- C++ -*-===//
///
/// \file
/// The code server owns every version of every loaded module, as erl's
/// module table does: the current code (the exports point into it), the
/// old code (still run by processes that were in it when new code came),
/// and code waiting for its on_load function. OTP's own code_server decides
/// what to load, through erlang:prepare_loading/2 and finish_loading/1;
/// the native path and `ensureLoaded` only serve the preloaded modules and
/// the boot before OTP's error_handler is loaded.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_CODESERVER_H
#define BEAMR_INTERP_CODESERVER_H

#include "beamr/Interp/LoadedModule.h"

#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Signals.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace beamr {

/// Where a code address is: module, function and source line.
struct CodeLocation {
  const LoadedModule *Module = nullptr;
  const LoadedFunction *Function = nullptr;
  std::uint32_t LineItem = 0;
};

class CodeServer {
public:
  static CodeServer &get();

  /// Sets the path used before OTP's code server runs: `Front` (`-pa`),
  /// ".", the OTP installation's ebin directories, then `Back` (`-pz`).
  void setPath(const std::vector<std::string> &Front, const std::vector<std::string> &Back);

  /// Loads `Module` from the path if it has no current code. Only for what
  /// erl has in its emulator image: the preloaded modules and, before
  /// OTP's error_handler is loaded, the boot's own first modules. Returns
  /// false when no file was found or it failed to load (an error line goes
  /// to stderr for the latter).
  bool ensureLoaded(Term Module);
  /// Whether `Module` has current code (not counting code whose on_load
  /// function has not finished), as erlang:module_loaded/1 answers.
  bool isLoaded(Term Module);
  /// Every module with current or old code (erlang:loaded/0).
  std::vector<Term> modulesWithCode();

  // --- Loading in two steps (erlang:prepare_loading/2, finish_loading/1) --

  /// Reads and translates a module: the prepared code's id, or the reason
  /// (`badfile`, or `{error, Reason}`'s Reason). `Module` is checked
  /// against the file's name.
  struct PrepareResult {
    std::optional<RefIds> Id;
    const char *Error = nullptr;
  };
  PrepareResult prepare(Term Module, std::span<const unsigned char> Bytes);
  /// Whether prepared code `Id` has an on_load function; nothing if `Id`
  /// names no prepared code (not yet finished).
  std::optional<bool> preparedHasOnLoad(const RefIds &Id);
  /// Makes prepared code current, all or nothing, as erlang:finish_loading/1:
  /// `ok`, or the failure (`duplicated`, `not_purged`) and the modules it
  /// applies to, or `on_load` for a module whose on_load function must run
  /// first (its code waits beside the current one, see finishAfterOnLoad).
  /// False (badarg) if some id names no prepared code.
  struct FinishResult {
    const char *Outcome = "ok";
    std::vector<Term> Modules;
  };
  std::optional<FinishResult> finishLoading(const std::vector<RefIds> &Ids);
  /// The export entry that runs the on_load function of `Module`'s waiting
  /// code (erlang:call_on_load_function/1), or null.
  Export *onLoadEntry(Term Module);
  /// erlang:finish_after_on_load/2: with `Keep`, the waiting code becomes
  /// current (the current one old); without, it is dropped. False: no
  /// code waits.
  bool finishAfterOnLoad(Term Module, bool Keep);

  // --- Old code ----------------------------------------------------------

  /// erlang:delete_module/1: the current code becomes old and the exports
  /// go. `undefined` if there is no current code, `badarg` if old code is
  /// still there, else `true`.
  const char *deleteModule(Term Module);
  /// `Module`'s old code, or null. It stays allocated after a purge.
  const LoadedModule *oldCode(Term Module);
  /// Drops the old code (erts_internal:purge_module(M, complete)). Its
  /// memory stays allocated (a return address missed by a check keeps
  /// pointing at valid code), but calls and funs no longer reach it.
  void purgeOld(Term Module);

  /// The loaded module (current code), or null.
  const LoadedModule *module(Term Module);
  /// Entry `Index` of `Module`'s fun table whose uniq is `OldUniq`, in
  /// the current code, the old or the code waiting for on_load; or null.
  const FunEntry *funEntry(Term Module, unsigned Index, std::uint32_t OldUniq);
  /// Entry `Index` of the current code's fun table, or null.
  const FunEntry *funEntry(Term Module, unsigned Index);
  /// Advances whenever code is loaded or purged; callers may keep what
  /// `funEntry` answered while it stays the same. Lock-free.
  std::uint64_t generation() const { return Generation.load(std::memory_order_acquire); }

  /// Maps a code address back to its module, function and line (any
  /// version of the module, purged ones included).
  CodeLocation locate(const Word *Address);

private:
  CodeServer() = default;
  struct Versions {
    std::unique_ptr<LoadedModule> Current, Old;
    std::unique_ptr<LoadedModule> OnLoad; ///< Waits for its on_load function.
    Export *OnLoadRun = nullptr;
  };
  std::atomic<std::uint64_t> Generation{0};
  std::recursive_mutex Lock; ///< Guards every member below; any thread.
  std::vector<std::string> Path;
  std::map<Word, Versions> Modules;                    // By atom raw.
  std::map<RefIds, std::unique_ptr<LoadedModule>> PreparedCode;
  std::vector<std::unique_ptr<LoadedModule>> Purged;   // Kept allocated.
  std::map<const Word *, LoadedModule *> ByAddress;    // Code start -> module.
  void install(Term Module, std::unique_ptr<LoadedModule> LM);
  void makeOld(Versions &V);
};

/// The modules erl has in its emulator image (erlang:pre_loaded/0), which
/// load from the native path whenever first called; beamr-jit's own init
/// is one of them.
std::span<const char *const> preloadedModuleNames();
bool isPreloaded(Term Module);

/// The root of the local Erlang/OTP installation (e.g. `/usr/lib/erlang`).
std::string otpRoot();

} // namespace beamr

#endif // BEAMR_INTERP_CODESERVER_H
