//===- lib/Loader/LoadError.cpp - Load failures as text -------------------===//
///
/// \file
/// The one place a `LoadErrorKind` is turned into text.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/LoadError.h"

using namespace beamr;

char LoadError::ID = 0;

llvm::StringRef beamr::loadErrorText(LoadErrorKind Kind) {
  switch (Kind) {
#define BEAMR_LOAD_ERROR(Id, Text)                                                                 \
  case LoadErrorKind::Id:                                                                          \
    return Text;
#include "beamr/Loader/LoadErrors.def"
  }
  llvm_unreachable("LoadErrorKind out of range");
}

void LoadError::log(llvm::raw_ostream &OS) const {
  OS << loadErrorText(Kind);
  if (!Detail.empty())
    OS << ": " << Detail;
}

std::error_code LoadError::convertToErrorCode() const { return llvm::inconvertibleErrorCode(); }

llvm::Error beamr::makeLoadError(LoadErrorKind Kind, const llvm::Twine &Detail) {
  return llvm::make_error<LoadError>(Kind, Detail.str());
}

std::optional<LoadErrorKind> beamr::takeLoadErrorKind(llvm::Error E) {
  std::optional<LoadErrorKind> Result;
  llvm::handleAllErrors(
      std::move(E), [&](const LoadError &LE) { Result = LE.kind(); },
      [](const llvm::ErrorInfoBase &) {});
  return Result;
}
