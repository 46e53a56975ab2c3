//===- test/Runtime/BifTestSupport.h - Calling BIFs from tests --*- C++ -*-===//
///
/// \file
/// A fixture that owns a process, builds argument terms and calls BIFs by
/// name through the export table, returning `~w` text of the result or
/// `error:Reason` so expectations read like erl's answers.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TEST_RUNTIME_BIFTESTSUPPORT_H
#define BEAMR_TEST_RUNTIME_BIFTESTSUPPORT_H

#include "beamr/Runtime/Arith.h"
#include "beamr/Runtime/Export.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Printer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace beamr::test {

class BifTest : public ::testing::Test {
protected:
  void SetUp() override { registerBifs(); }

  /// Calls Mod:Name(Args...) and returns `~w` of the result, or
  /// "class:Reason" when it raised.
  std::string call(std::string_view Mod, std::string_view Name, std::vector<Term> Args) {
    Export *E = ExportTable::get().find(A(Mod), A(Name), unsigned(Args.size()));
    if (!E || !E->Bif)
      return "undef";
    Term R = E->Bif(P, Args.data());
    if (R == NoValue) {
      static const char *Classes[] = {"error", "exit", "throw"};
      return std::string(Classes[int(P.ExcClass)]) + ":" + termToString(P.ExcReason);
    }
    return termToString(R);
  }
  std::string erl(std::string_view Name, std::vector<Term> Args) {
    return call("erlang", Name, std::move(Args));
  }

  Term A(std::string_view Text) { return *AtomTable::get().intern(Text); }
  /// An integer from its decimal text.
  Term I(std::string_view Text) { return *textToInteger(P, Text, 10); }
  Term I(SWord V) { return makeInteger(P, V); }
  Term F(double D) { return makeFloat(P, D); }
  /// A string (list of bytes).
  Term S(std::string_view Text) { return makeByteList(P, Text); }
  Term B(std::string_view Text) {
    return makeBinary(P, std::span<const unsigned char>(
                             reinterpret_cast<const unsigned char *>(Text.data()), Text.size()));
  }
  Term L(std::vector<Term> Elements, Term Tail = Term::nil()) {
    return makeList(P, Elements, Tail);
  }
  Term T(std::vector<Term> Elements) { return makeTuple(P, Elements); }

  Process P;
};

} // namespace beamr::test

#endif // BEAMR_TEST_RUNTIME_BIFTESTSUPPORT_H
