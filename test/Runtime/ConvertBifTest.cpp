//===- test/Runtime/ConvertBifTest.cpp - Conversion BIFs vs erl -----------===//
///
/// \file
/// Atom, integer and float conversions, including every float_to_list
/// option, with results and errors taken from erl 25 on this machine (the erl
/// expression is in each comment; `~w` text of the result).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

using namespace beamr;
using beamr::test::BifTest;

namespace {

class ConvertBifTest : public BifTest {
protected:
  /// `~s`-like text of float_to_list(D, Options), or the error.
  std::string f2l(double D, std::vector<Term> Options) {
    std::string R = erl("float_to_list", {F(D), L(Options)});
    if (R.rfind("error:", 0) == 0)
      return R;
    return listText(R);
  }
  /// Turns "[49,46,48]" into "1.0".
  static std::string listText(const std::string &W) {
    std::string Out;
    if (W == "[]")
      return Out;
    for (std::size_t I = 1; I < W.size();) {
      std::size_t J = W.find_first_of(",]", I);
      Out.push_back(char(std::stoi(W.substr(I, J - I))));
      I = J + 1;
    }
    return Out;
  }
  Term Dec(SWord N) { return T({A("decimals"), I(N)}); }
  Term Sci(SWord N) { return T({A("scientific"), I(N)}); }
};

// Protects float_to_list/2's formats, option order and buffer limit.
TEST_F(ConvertBifTest, FloatToListOptions) {
  EXPECT_EQ(listText(erl("float_to_list", {F(1.0)})), "1.00000000000000000000e+00");
  EXPECT_EQ(f2l(1.5, {Dec(3)}), "1.500");
  EXPECT_EQ(f2l(1.5, {Dec(3), A("compact")}), "1.5");
  EXPECT_EQ(f2l(1.0, {Dec(0)}), "1");
  EXPECT_EQ(f2l(2.5, {Dec(0)}), "3");                  // rounds half away from zero
  EXPECT_EQ(f2l(0.5, {Dec(0)}), "1");
  EXPECT_EQ(f2l(1.0, {Dec(0), A("compact")}), "1");
  EXPECT_EQ(f2l(100.0, {Dec(2), A("compact")}), "100.0");
  EXPECT_EQ(f2l(1.0e300, {Dec(2)}), "error:badarg");   // does not fit erl's buffer
  EXPECT_EQ(f2l(1.0, {Dec(254)}), "error:badarg");
  EXPECT_EQ(f2l(1.0, {Sci(2)}), "1.00e+00");
  EXPECT_EQ(f2l(1.0, {Sci(250)}), "error:badarg");
  EXPECT_EQ(f2l(1.0, {Sci(2), A("compact")}), "1.00e+00");
  EXPECT_EQ(f2l(1.0, {A("short")}), "1.0");
  EXPECT_EQ(f2l(1.0e20, {A("short"), Dec(2)}), "100000000000000000000.00");
  EXPECT_EQ(f2l(1.0, {Dec(2), A("short")}), "1.0");
  EXPECT_EQ(f2l(1.0, {Dec(2), Sci(3)}), "1.000e+00");
  EXPECT_EQ(f2l(1.0, {A("bad")}), "error:badarg");
  EXPECT_EQ(erl("float_to_list", {I(1), L({})}), "error:badarg");
  EXPECT_EQ(f2l(0.1, {Dec(20)}), "0.10000000000000000555");
  EXPECT_EQ(f2l(-0.0, {Dec(1)}), "-0.0");
  EXPECT_EQ(f2l(123.456, {Dec(10), A("compact")}), "123.456");
  EXPECT_EQ(f2l(1.0e16, {Dec(2)}), "10000000000000000.00");
  EXPECT_EQ(f2l(1.0e-10, {Dec(3), A("compact")}), "0.0");
  EXPECT_EQ(f2l(1.0, {A("compact")}), "1.00000000000000000000e+00");
  EXPECT_EQ(f2l(-1.0e252, {Dec(1)}), "error:badarg");
  EXPECT_EQ(f2l(1.0e253, {Dec(1)}).size(), 255u);
  EXPECT_EQ(listText(erl("float_to_list", {F(1.0e-5)})), "1.00000000000000008180e-05");
  EXPECT_EQ(erl("float_to_binary", {F(1.0), L({A("short")})}), "<<49,46,48>>");
}

// Protects list_to_float's strict syntax (digits on both sides of the point).
TEST_F(ConvertBifTest, ListToFloat) {
  auto L2F = [&](std::string_view S) { return erl("list_to_float", {this->S(S)}); };
  EXPECT_EQ(L2F("1e10"), "error:badarg");
  EXPECT_EQ(L2F("1.0e10"), "1.0e10");
  EXPECT_EQ(L2F("+1.0"), "1.0");
  EXPECT_EQ(L2F("-1.0E+2"), "-100.0");
  EXPECT_EQ(L2F("1."), "error:badarg");
  EXPECT_EQ(L2F(".5"), "error:badarg");
  EXPECT_EQ(L2F("1.5 "), "error:badarg");
  EXPECT_EQ(L2F("1.0e400"), "error:badarg");
  EXPECT_EQ(L2F("1.0e-400"), "0.0");
  EXPECT_EQ(L2F("1_0.0"), "error:badarg");
  EXPECT_EQ(L2F("01.50"), "1.5");
  EXPECT_EQ(L2F("1.0e-5"), "1.0e-5");
  EXPECT_EQ(erl("binary_to_float", {B("2.5")}), "2.5");
}

// Protects string:list_to_integer/1 and string:list_to_float/1 prefixes.
TEST_F(ConvertBifTest, StringPrefixReaders) {
  auto Str = [&](std::string_view F, Term Arg) { return call("string", F, {Arg}); };
  EXPECT_EQ(Str("list_to_float", S("1.5abc")), "{1.5,[97,98,99]}");
  EXPECT_EQ(Str("list_to_float", S("abc")), "{error,no_float}");
  EXPECT_EQ(Str("list_to_float", S("1")), "{error,no_float}");
  EXPECT_EQ(Str("list_to_float", S("1.5e")), "{1.5,[101]}");
  EXPECT_EQ(Str("list_to_float", A("x")), "{error,not_a_list}");
  EXPECT_EQ(Str("list_to_integer", S("12ab")), "{12,[97,98]}");
  EXPECT_EQ(Str("list_to_integer", S("-x")), "{error,no_integer}");
  EXPECT_EQ(Str("list_to_integer", S("+12")), "{12,[]}");
  EXPECT_EQ(Str("list_to_integer", L({I('1')}, A("x"))), "{1,x}");
}

// Protects integer text conversions and their bases.
TEST_F(ConvertBifTest, Integers) {
  EXPECT_EQ(erl("list_to_integer", {S("")}), "error:badarg");
  EXPECT_EQ(erl("list_to_integer", {S("z"), I(36)}), "35");
  EXPECT_EQ(erl("list_to_integer", {S("1"), I(37)}), "error:badarg");
  EXPECT_EQ(listText(erl("integer_to_list", {I(-255), I(16)})), "-FF");
  EXPECT_EQ(erl("integer_to_binary", {I(255), I(1)}), "error:badarg");
  EXPECT_EQ(erl("list_to_integer", {S("100000000000000000000")}), "100000000000000000000");
  EXPECT_EQ(erl("binary_to_integer", {B("-7f"), I(16)}), "-127");
  EXPECT_EQ(erl("integer_to_binary", {I("-18446744073709551616")}),
            "<<45,49,56,52,52,54,55,52,52,48,55,51,55,48,57,53,53,49,54,49,54>>");
}

// Protects atom conversions: encodings, limits and existing atoms.
TEST_F(ConvertBifTest, Atoms) {
  EXPECT_EQ(erl("list_to_atom", {L({I(1000)})}), "'\\x{3E8}'");
  EXPECT_EQ(erl("list_to_atom", {S(std::string(256, 'a'))}), "error:system_limit");
  EXPECT_EQ(erl("atom_to_binary", {A("\xcf\xa8"), A("latin1")}), "error:badarg");
  EXPECT_EQ(erl("binary_to_atom", {B("\xff"), A("utf8")}), "error:badarg");
  EXPECT_EQ(erl("binary_to_atom", {B("\xff"), A("latin1")}), termToString(A("\xc3\xbf")));
  EXPECT_EQ(erl("list_to_existing_atom", {S("nonexistent_atom_xyz")}), "error:badarg");
  EXPECT_EQ(erl("atom_to_list", {S("a")}), "error:badarg");
  EXPECT_EQ(erl("binary_to_atom", {B(""), A("utf8")}), "''");
  EXPECT_EQ(erl("atom_to_binary", {A("a"), A("foo")}), "error:badarg");
  EXPECT_EQ(erl("atom_to_list", {A("\xcf\xa8")}), "[1000]");
}

} // namespace
