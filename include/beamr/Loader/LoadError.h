//===- beamr/Loader/LoadError.h - Load failures -----------------*- C++ -*-===//
///
/// \file
/// Every way a `.beam` file can be rejected is one `LoadErrorKind`, from the
/// table in `LoadErrors.def`. `makeLoadError` is the one place a kind becomes
/// text; the loader reports it as an `llvm::Error` carrying the kind, so tests
/// can check *why* a file failed and tools can print *what* failed.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_LOADERROR_H
#define BEAMR_LOADER_LOADERROR_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace beamr {

enum class LoadErrorKind {
#define BEAMR_LOAD_ERROR(Id, Text) Id,
#include "beamr/Loader/LoadErrors.def"
};

/// The fixed text of `Kind` (lower case, no details).
llvm::StringRef loadErrorText(LoadErrorKind Kind);

/// An `llvm::ErrorInfo` that remembers the kind and the details.
class LoadError : public llvm::ErrorInfo<LoadError> {
public:
  static char ID;
  LoadError(LoadErrorKind Kind, std::string Detail) : Kind(Kind), Detail(std::move(Detail)) {}
  LoadErrorKind kind() const { return Kind; }
  /// Writes "<text>: <detail>" (or just the text when there is no detail).
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

private:
  LoadErrorKind Kind;
  std::string Detail;
};

/// The error for `Kind`, with `Detail` saying where (chunk, index, bound).
llvm::Error makeLoadError(LoadErrorKind Kind, const llvm::Twine &Detail = "");

/// Consumes `E` and returns its kind, or nothing if it was success or a
/// different kind of error. Meant for tests.
std::optional<LoadErrorKind> takeLoadErrorKind(llvm::Error E);

} // namespace beamr

#endif // BEAMR_LOADER_LOADERROR_H
