//===- test/Runtime/ArithTest.cpp - Arithmetic against erl ----------------===//
///
/// \file
/// Operators, number BIFs and math, with results and errors taken from erl 25
/// on this machine (the erl expression is in each comment).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

using namespace beamr;
using beamr::test::BifTest;

namespace {

using ArithTest = BifTest;

// Protects overflow from small integers into bignums and back.
TEST_F(ArithTest, SmallOverflowsIntoBignums) {
  Term Max = I(Term::MaxSmall), Min = I(Term::MinSmall);
  EXPECT_EQ(erl("+", {Max, I(1)}), "576460752303423488");          // (1 bsl 59 - 1) + 1
  EXPECT_EQ(erl("-", {Min, I(1)}), "-576460752303423489");         // -(1 bsl 59) - 1
  EXPECT_EQ(erl("-", {Min}), "576460752303423488");                // -(-(1 bsl 59))
  EXPECT_EQ(erl("abs", {Min}), "576460752303423488");              // abs(-(1 bsl 59))
  EXPECT_EQ(erl("div", {Min, I(-1)}), "576460752303423488");       // -(1 bsl 59) div -1
  EXPECT_EQ(erl("*", {Max, Max}), "332306998946228967073030260463239169"); // (1 bsl 59 - 1) * (1 bsl 59 - 1)
  EXPECT_EQ(erl("-", {I("576460752303423488"), I(1)}), "576460752303423487");
  // Back to a small: the result must be the small term, not a bignum.
  Term Back = arithSub(P, I("576460752303423488"), I(1));
  EXPECT_TRUE(Back.isSmall());
}

// Protects the sign rules of div and rem and their integer-only errors.
TEST_F(ArithTest, DivRemSignsAndErrors) {
  EXPECT_EQ(erl("div", {I(-7), I(2)}), "-3");  // -7 div 2
  EXPECT_EQ(erl("rem", {I(-7), I(2)}), "-1");  // -7 rem 2
  EXPECT_EQ(erl("rem", {I(7), I(-2)}), "1");   // 7 rem -2
  EXPECT_EQ(erl("div", {F(1.0), I(1)}), "error:badarith"); // 1.0 div 1
  EXPECT_EQ(erl("div", {I(5), I(0)}), "error:badarith");    // 5 div 0
  EXPECT_EQ(erl("rem", {I(1), I(0)}), "error:badarith");    // 1 rem 0
  EXPECT_EQ(erl("rem", {F(1.5), I(1)}), "error:badarith");  // 1.5 rem 1
  // (1 bsl 100) div -3, (1 bsl 100) rem -3, -(1 bsl 100) rem 7
  EXPECT_EQ(erl("div", {I("1267650600228229401496703205376"), I(-3)}), "-422550200076076467165567735125");
  EXPECT_EQ(erl("rem", {I("1267650600228229401496703205376"), I(-3)}), "1");
  EXPECT_EQ(erl("rem", {I("-1267650600228229401496703205376"), I(7)}), "-2");
}

// Protects float mixing and the non-finite results erl refuses.
TEST_F(ArithTest, FloatsAndBadarith) {
  Term Big1024 = *textToInteger(P, "1" + std::string(256, '0'), 16); // 1 bsl 1024
  EXPECT_EQ(erl("+", {Big1024, F(1.0)}), "error:badarith");  // (1 bsl 1024) + 1.0
  EXPECT_EQ(erl("*", {F(1.0e308), F(10.0)}), "error:badarith"); // 1.0e308 * 10.0
  EXPECT_EQ(erl("/", {I(1), I(0)}), "error:badarith");        // 1 / 0
  EXPECT_EQ(erl("/", {F(1.0), F(0.0)}), "error:badarith");    // 1.0 / 0.0
  EXPECT_EQ(erl("/", {F(0.0), I(0)}), "error:badarith");      // 0.0 / 0
  EXPECT_EQ(erl("/", {I(3), I(2)}), "1.5");                   // 3 / 2
  EXPECT_EQ(erl("/", {I("18446744073709551616"), I("9223372036854775808")}), "2.0");
  EXPECT_EQ(erl("*", {F(0.0), I(-1)}), "-0.0");               // 0.0 * -1
  EXPECT_EQ(erl("+", {A("atom"), I(1)}), "error:badarith");   // atom + 1
  EXPECT_EQ(erl("-", {A("atom")}), "error:badarith");         // -atom
  EXPECT_EQ(erl("+", {A("atom")}), "error:badarith");         // erlang:'+'(atom)
  EXPECT_EQ(erl("abs", {F(-0.0)}), "-0.0");                   // abs(-0.0)
  EXPECT_EQ(erl("abs", {A("a")}), "error:badarg");
}

// Protects two's complement bitwise operators and shifts of any size.
TEST_F(ArithTest, BitwiseAndShifts) {
  Term Big70 = I("1180591620717411303424"); // 1 bsl 70
  EXPECT_EQ(erl("band", {I(-1), Big70}), "1180591620717411303424");          // -1 band (1 bsl 70)
  EXPECT_EQ(erl("bor", {I("-1180591620717411303424"), I(5)}), "-1180591620717411303419");
  EXPECT_EQ(erl("bnot", {Big70}), "-1180591620717411303425");                 // bnot (1 bsl 70)
  EXPECT_EQ(erl("bxor", {I("-18446744073709551616"), I(-1)}), "18446744073709551615");
  EXPECT_EQ(erl("bsr", {I(-5), I(1)}), "-3");                                 // -5 bsr 1
  EXPECT_EQ(erl("bsl", {I(-5), I(-1)}), "-3");                                // -5 bsl -1
  EXPECT_EQ(erl("bsl", {I(1), I(70)}), "1180591620717411303424");
  EXPECT_EQ(erl("bsr", {Big70, I(69)}), "2");
  Term Big64 = I("18446744073709551616");
  EXPECT_EQ(erl("bsr", {I(1), Big64}), "0");                                  // 1 bsr (1 bsl 64)
  EXPECT_EQ(erl("bsr", {I(-1), Big64}), "-1");                                // -1 bsr (1 bsl 64)
  EXPECT_EQ(erl("bsl", {I(0), Big64}), "0");                                  // 0 bsl (1 bsl 64)
  EXPECT_EQ(erl("bsl", {I(1), I("-18446744073709551616")}), "0");             // 1 bsl -(1 bsl 64)
  EXPECT_EQ(erl("bsl", {I(1), Big64}), "error:system_limit");
  EXPECT_EQ(erl("bsl", {I(1), I(1 << 30)}), "error:system_limit");            // 1 bsl (1 bsl 30)
  EXPECT_EQ(erl("bsl", {I(1), I(33554432)}), "error:system_limit");           // 1 bsl 33554432
  EXPECT_EQ(erl("bsl", {I(1), F(1.0)}), "error:badarith");                    // 1 bsl 1.0
  EXPECT_EQ(erl("band", {I(1), F(1.0)}), "error:badarith");                   // 1 band 1.0
  EXPECT_EQ(erl("bnot", {F(1.0)}), "error:badarith");
}

// Protects float/1, rounding BIFs and erl's Horner conversion of bignums.
TEST_F(ArithTest, NumberBifs) {
  // float((1 bsl 1023) + (1 bsl 970) - 1)
  Term Edge = arithSub(P, arithAdd(P, arithBsl(P, I(1), I(1023)), arithBsl(P, I(1), I(970))), I(1));
  EXPECT_EQ(erl("float", {Edge}), "8.98846567431158e307");
  // float((1 bsl 1024) - 1): rounds up to 2^1024, not finite.
  EXPECT_EQ(erl("float", {arithSub(P, arithBsl(P, I(1), I(1024)), I(1))}), "error:badarg");
  EXPECT_EQ(erl("float", {A("a")}), "error:badarg");
  EXPECT_EQ(erl("float", {I(3)}), "3.0");
  EXPECT_EQ(erl("round", {F(2.5)}), "3");    // round(2.5)
  EXPECT_EQ(erl("round", {F(-2.5)}), "-3");  // round(-2.5)
  EXPECT_EQ(erl("trunc", {F(1.0e20)}), "100000000000000000000");
  EXPECT_EQ(erl("trunc", {A("a")}), "error:badarg");
  EXPECT_EQ(erl("floor", {F(-2.5)}), "-3");
  EXPECT_EQ(erl("ceil", {F(-2.5)}), "-2");
  EXPECT_EQ(erl("round", {Edge}), termToString(Edge)); // integers pass through
  EXPECT_EQ(erl("min", {I(1), F(1.0)}), "1");          // min(1, 1.0)
  EXPECT_EQ(erl("max", {I(1), F(1.0)}), "1");          // max(1, 1.0)
  EXPECT_EQ(erl("max", {A("a"), I(1)}), "a");
}

// Protects boolean operators and comparisons as BIFs.
TEST_F(ArithTest, BooleansAndComparisons) {
  EXPECT_EQ(erl("and", {I(1), A("true")}), "error:badarg"); // erlang:'and'(1, true)
  EXPECT_EQ(erl("not", {I(1)}), "error:badarg");
  EXPECT_EQ(erl("or", {A("true"), I(1)}), "error:badarg");
  EXPECT_EQ(erl("xor", {A("true"), A("false")}), "true");
  EXPECT_EQ(erl("==", {I(1), F(1.0)}), "true");
  EXPECT_EQ(erl("=:=", {I(1), F(1.0)}), "false");
  EXPECT_EQ(erl("<", {I(1), A("a")}), "true");
  EXPECT_EQ(erl(">=", {F(1.0), I(1)}), "true");
}

// Protects math's badarg/badarith split and results.
TEST_F(ArithTest, MathModule) {
  auto M = [&](std::string_view F, std::vector<Term> Args) { return call("math", F, Args); };
  EXPECT_EQ(M("sqrt", {I(-1)}), "error:badarith");
  EXPECT_EQ(M("sin", {A("a")}), "error:badarg");
  EXPECT_EQ(M("log", {I(0)}), "error:badarith");
  EXPECT_EQ(M("pow", {I(10), I(400)}), "error:badarith");
  EXPECT_EQ(M("acos", {I(2)}), "error:badarith");
  EXPECT_EQ(M("fmod", {I(1), I(0)}), "error:badarith");
  EXPECT_EQ(M("fmod", {F(5.5), I(2)}), "1.5");
  EXPECT_EQ(M("log2", {F(-0.0)}), "error:badarith");
  EXPECT_EQ(M("ceil", {F(-0.5)}), "-0.0");
  EXPECT_EQ(M("floor", {I(3)}), "3.0");
  EXPECT_EQ(M("tan", {F(1.0e300)}), "1.4214488238747245");
  EXPECT_EQ(M("erf", {F(0.5)}), "0.5204998778130465");
  EXPECT_EQ(M("pi", {}), "3.141592653589793");
  EXPECT_EQ(M("atan2", {I(0), I(0)}), "0.0");
  EXPECT_EQ(M("sqrt", {arithBsl(P, I(1), I(2000))}), "error:badarith");
}

// Protects integer text in every base and the reader's rejections.
TEST_F(ArithTest, IntegerTextRoundTrips) {
  Term Big = I("-1267650600228229401496703205375");
  EXPECT_EQ(integerToText(Big, 16), "-FFFFFFFFFFFFFFFFFFFFFFFFF");
  EXPECT_EQ(integerToText(I(255), 2), "11111111");
  EXPECT_EQ(integerToText(I(-35), 36), "-Z");
  for (unsigned Base = 2; Base <= 36; ++Base) {
    std::optional<Term> Back = textToInteger(P, integerToText(Big, Base), Base);
    ASSERT_TRUE(Back);
    EXPECT_EQ(termToString(*Back), termToString(Big)) << "base " << Base;
  }
  EXPECT_FALSE(textToInteger(P, "", 10));
  EXPECT_FALSE(textToInteger(P, "-", 10));
  EXPECT_FALSE(textToInteger(P, "12a", 10));
  EXPECT_FALSE(textToInteger(P, " 12", 10));
  EXPECT_EQ(termToString(*textToInteger(P, "+ff", 16)), "255");
}

} // namespace
