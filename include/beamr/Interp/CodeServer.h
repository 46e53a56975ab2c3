//===- beamr/Interp/CodeServer.h - Finding and loading modules --*- C++ -*-===//
///
/// \file
/// The code server owns every loaded module and the code path. A module is
/// loaded on its first call: the path is searched in order (`-pa` dirs, the
/// OTP library dirs, `-pz` dirs), the file is read, translated and its
/// exports are published in the export table.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_CODESERVER_H
#define BEAMR_INTERP_CODESERVER_H

#include "beamr/Interp/LoadedModule.h"

#include "beamr/Runtime/Export.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
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

  /// Sets the path: `Front` (`-pa`), then the OTP installation's ebin
  /// directories, then `Back` (`-pz`).
  void setPath(const std::vector<std::string> &Front, const std::vector<std::string> &Back);
  /// A copy of the code path (another thread may set it meanwhile).
  std::vector<std::string> path();

  /// Loads `Module` if it is not loaded. Returns false when no file was
  /// found or it failed to load (an error line goes to stderr for the latter).
  bool ensureLoaded(Term Module);
  bool isLoaded(Term Module);
  /// Loads a module from the file `File` (replacing nothing: first load only).
  bool loadFile(Term Module, const std::string &File);
  /// The file a loaded module came from, or empty.
  std::string fileOf(Term Module);
  /// Every loaded module with its file, in atom-table order.
  std::vector<std::pair<Term, std::string>> loadedModules();

  /// A module with an `-on_load` function is loaded with its exports
  /// withheld (calls find no code) until that function has returned `ok`,
  /// as in erl; `'$beamr_on_load'/0` names the function meanwhile.
  enum class OnLoadState { None, Pending, Running, Done, Failed };
  OnLoadState onLoadState(Term Module);
  /// Moves a Pending module to Running; returns the state it was in.
  OnLoadState claimOnLoad(Term Module, Term Caller);
  /// Whether `Pid` is the process running `Module`'s on_load function. Its
  /// own calls of the module's exports raise undef, as in erl (waiting for
  /// itself would hang).
  bool runsOnLoad(Term Module, Term Pid);
  /// Ends Running: installs the withheld exports when `Ok`, else leaves the
  /// module without them (its calls raise undef).
  void finishOnLoad(Term Module, bool Ok);

  /// The loaded module, or null.
  const LoadedModule *module(Term Module);
  /// Entry `Index` of a loaded module's fun table, or null.
  const FunEntry *funEntry(Term Module, unsigned Index);
  /// Advances whenever a module is loaded (a reload replaces the old
  /// module's fun entries); callers may keep what `funEntry` answered
  /// while it stays the same. Lock-free.
  std::uint64_t generation() const { return Generation.load(std::memory_order_acquire); }

  /// Maps a code address back to its module, function and line.
  CodeLocation locate(const Word *Address);

private:
  CodeServer() = default;
  std::atomic<std::uint64_t> Generation{0};
  std::recursive_mutex Lock; ///< Guards every member below; any thread.
  std::vector<std::string> Path;
  std::map<Word, std::unique_ptr<LoadedModule>> Modules; // By atom raw.
  std::map<Word, std::string> Files;
  std::map<const Word *, LoadedModule *> ByAddress;      // Code start -> module.
  struct PendingOnLoad {
    OnLoadState State;
    Term Runner; ///< The claiming process, once Running.
    std::vector<std::pair<Export *, const Word *>> Exports; ///< Withheld code.
  };
  std::map<Word, PendingOnLoad> OnLoads; // By module atom raw.
  void withholdExports(Term Module, LoadedModule &LM);
};

/// The root of the local Erlang/OTP installation (e.g. `/usr/lib/erlang`).
std::string otpRoot();

} // namespace beamr

#endif // BEAMR_INTERP_CODESERVER_H
