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
  const std::vector<std::string> &path() const { return Path; }

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

  /// The loaded module, or null.
  const LoadedModule *module(Term Module);
  /// Entry `Index` of a loaded module's fun table, or null.
  const FunEntry *funEntry(Term Module, unsigned Index);

  /// Maps a code address back to its module, function and line.
  CodeLocation locate(const Word *Address);

private:
  CodeServer() = default;
  std::recursive_mutex Lock;
  std::vector<std::string> Path;
  std::map<Word, std::unique_ptr<LoadedModule>> Modules; // By atom raw.
  std::map<Word, std::string> Files;
  std::map<const Word *, LoadedModule *> ByAddress;      // Code start -> module.
};

/// The root of the local Erlang/OTP installation (e.g. `/usr/lib/erlang`).
std::string otpRoot();

} // namespace beamr

#endif // BEAMR_INTERP_CODESERVER_H
