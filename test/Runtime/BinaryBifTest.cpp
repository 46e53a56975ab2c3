//===- test/Runtime/BinaryBifTest.cpp - Unicode, binary and system BIFs ---===//
///
/// \file
/// unicode:characters_to_binary/list answers (including erl's shapes of the
/// rest after an error), iolists, the dictionary and exceptions, with values
/// taken from erl 25 on this machine (the erl expression is in each comment).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

using namespace beamr;
using beamr::test::BifTest;

namespace {

using BinaryBifTest = BifTest;

// Protects error/incomplete tuples and the rest structure erl builds.
TEST_F(BinaryBifTest, CharactersToBinary) {
  auto C2B = [&](Term D, const char *Enc = "unicode") {
    return call("unicode", "characters_to_binary", {D, A(Enc)});
  };
  // unicode:characters_to_binary([1, [2, 16#110000, 3], 4], unicode)
  EXPECT_EQ(C2B(L({I(1), L({I(2), I(0x110000), I(3)}), I(4)})), "{error,<<1,2>>,[[1114112,3],4]}");
  EXPECT_EQ(C2B(L({B("a"), B("\xff\x01"), I(5)})), "{error,<<97>>,[<<255,1>>,5]}");
  EXPECT_EQ(C2B(L({B("a\xc3")})), "{incomplete,<<97>>,<<195>>}");
  EXPECT_EQ(C2B(L({B("a\xc3"), I(5)})), "{error,<<97>>,[<<195>>,[5]]}");
  EXPECT_EQ(C2B(B("a\xe2\x82")), "{incomplete,<<97>>,<<226,130>>}");
  EXPECT_EQ(C2B(L({A("a")})), "error:badarg");
  EXPECT_EQ(C2B(L({I(1)}, I(2))), "error:badarg");
  EXPECT_EQ(C2B(L({I(1)}, B("b"))), "<<1,98>>");
  EXPECT_EQ(C2B(A("x")), "error:badarg");
  EXPECT_EQ(C2B(B("\xff")), "{error,<<>>,<<255>>}");
  EXPECT_EQ(C2B(L({L({L({I(1), I(0xD800)})})})), "{error,<<1>>,[[[55296]]]}");
  EXPECT_EQ(C2B(L({I(256)}), "latin1"), "{error,<<>>,[256]}");
  EXPECT_EQ(C2B(L({B("\xc8"), I(300), I(1)}), "latin1"), "{error,<<195,136>>,[300,1]}");
  EXPECT_EQ(C2B(L({I(-1)}), "latin1"), "{error,<<>>,[-1]}");
  EXPECT_EQ(call("unicode", "characters_to_list", {L({I(1), L({I(2), I(0x110000), I(3)}), I(4)}), A("unicode")}),
            "{error,[1,2],[[1114112,3],4]}");
  EXPECT_EQ(call("unicode", "characters_to_list", {B("a\xc3"), A("unicode")}), "{incomplete,[97],<<195>>}");
}

// Protects iolist flattening and binary slicing.
TEST_F(BinaryBifTest, IolistsAndBinaries) {
  EXPECT_EQ(erl("iolist_to_binary", {L({B("ab"), L({I(99)}), B("d")}, B("e"))}), "<<97,98,99,100,101>>");
  EXPECT_EQ(erl("iolist_to_binary", {L({I(256)})}), "error:badarg");
  EXPECT_EQ(erl("iolist_size", {L({B("ab"), I(1)})}), "3");
  EXPECT_EQ(erl("list_to_binary", {B("ab")}), "error:badarg");
  EXPECT_EQ(erl("binary_part", {B("abcd"), T({I(4), I(-2)})}), "<<99,100>>");
  EXPECT_EQ(erl("binary_part", {B("abcd"), I(3), I(2)}), "error:badarg");
  EXPECT_EQ(erl("split_binary", {B("abc"), I(1)}), "{<<97>>,<<98,99>>}");
  EXPECT_EQ(erl("binary_to_list", {B("abc"), I(2), I(3)}), "[98,99]");
}

// Protects the dictionary's return values and raise/3's class check.
TEST_F(BinaryBifTest, DictionaryAndExceptions) {
  EXPECT_EQ(erl("put", {A("k"), I(1)}), "undefined");
  EXPECT_EQ(erl("put", {A("k"), I(2)}), "1");
  EXPECT_EQ(erl("get", {A("k")}), "2");
  EXPECT_EQ(erl("get", {A("z")}), "undefined");
  EXPECT_EQ(erl("get_keys", {I(2)}), "[k]");
  EXPECT_EQ(erl("erase", {A("k")}), "2");
  EXPECT_EQ(erl("get", {}), "[]");
  // erlang:raise(oops, r, []) returns badarg rather than raising it.
  EXPECT_EQ(erl("raise", {A("oops"), A("r"), L({})}), "badarg");
  EXPECT_EQ(erl("raise", {A("throw"), A("r"), L({})}), "throw:r");
  EXPECT_EQ(erl("exit", {A("r")}), "exit:r");
  EXPECT_EQ(erl("system_info", {A("otp_release")}), "[50,53]");
  EXPECT_EQ(erl("system_info", {A("no_such_item")}), "error:badarg");
  EXPECT_EQ(erl("convert_time_unit", {I(-1), A("nanosecond"), A("second")}), "-1");
  EXPECT_EQ(erl("convert_time_unit", {I(1), A("second"), A("millisecond")}), "1000");
  EXPECT_EQ(erl("binary_to_term", {B("\x83\x77\x01x")}), "x"); // binary_to_term(<<131,119,1,$x>>)
}

} // namespace
