//===- test/Runtime/BinaryModuleBifTest.cpp - The BIFs of module binary ---===//
///
/// \file
/// binary:match/matches/split with their options, slicing, copying and the
/// unsigned codecs, with values taken from erl 25 on this machine (the erl
/// expression is in each comment).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

using namespace beamr;
using beamr::test::BifTest;

namespace {

using BinaryModuleBifTest = BifTest;

// Protects leftmost-longest matching, scopes and the badarg cases.
TEST_F(BinaryModuleBifTest, MatchAndMatches) {
  auto Bin = [&](std::string_view Name, std::vector<Term> Args) { return call("binary", Name, Args); };
  // binary:match(<<"abcabc">>, <<"bc">>)
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc")}), "{1,2}");
  // binary:match(<<"abcabc">>, [<<"bc">>, <<"b">>, <<"abcd">>])
  EXPECT_EQ(Bin("match", {B("abcabc"), L({B("bc"), B("b"), B("abcd")})}), "{1,2}");
  // binary:match(<<"abcabc">>, <<>>), ([]), ([<<"x">>, <<>>]), ("bc")
  EXPECT_EQ(Bin("match", {B("abcabc"), B("")}), "error:badarg");
  EXPECT_EQ(Bin("match", {B("abcabc"), Term::nil()}), "error:badarg");
  EXPECT_EQ(Bin("match", {B("abcabc"), L({B("x"), B("")})}), "error:badarg");
  EXPECT_EQ(Bin("match", {B("abcabc"), S("bc")}), "error:badarg");
  // binary:match(<<"abcabc">>, <<"bc">>, [{scope, {2, 4}}]) and {6, -4}
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc"), L({T({A("scope"), T({I(2), I(4)})})})}), "{4,2}");
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc"), L({T({A("scope"), T({I(6), I(-4)})})})}), "{4,2}");
  // binary:match(<<"abcabc">>, <<"bc">>, [{scope, {6, 1}}]), {7, 0}, [foo]
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc"), L({T({A("scope"), T({I(6), I(1)})})})}), "error:badarg");
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc"), L({T({A("scope"), T({I(7), I(0)})})})}), "error:badarg");
  EXPECT_EQ(Bin("match", {B("abcabc"), B("bc"), L({A("foo")})}), "error:badarg");
  // binary:match(<<"abc">>, <<"abcd">>)
  EXPECT_EQ(Bin("match", {B("abc"), B("abcd")}), "nomatch");
  // binary:matches(<<"aaaa">>, <<"aa">>)
  EXPECT_EQ(Bin("matches", {B("aaaa"), B("aa")}), "[{0,2},{2,2}]");
  // binary:matches(<<"abcde">>, [<<"bcd">>, <<"cde">>, <<"b">>, <<"c">>])
  Term Pats = L({B("bcd"), B("cde"), B("b"), B("c")});
  EXPECT_EQ(Bin("matches", {B("abcde"), Pats}), "[{1,3}]");
  // ... [{scope, {1, 2}}]
  EXPECT_EQ(Bin("matches", {B("abcde"), Pats, L({T({A("scope"), T({I(1), I(2)})})})}),
            "[{1,1},{2,1}]");
  // binary:matches(<<"abc">>, <<"b">>, [{scope,{3,1}}])
  EXPECT_EQ(Bin("matches", {B("abc"), B("b"), L({T({A("scope"), T({I(3), I(1)})})})}), "error:badarg");
  // binary:compile_pattern(<<>>), ([]); a compiled pattern is accepted
  EXPECT_EQ(Bin("compile_pattern", {B("")}), "error:badarg");
  EXPECT_EQ(Bin("compile_pattern", {Term::nil()}), "error:badarg");
  Export *E = ExportTable::get().find(A("binary"), A("compile_pattern"), 1);
  ASSERT_TRUE(E && E->Bif);
  Term CpArgs[] = {L({B(",")})};
  Term Cp = E->Bif(P, CpArgs);
  // binary:split(<<"a,b,c">>, binary:compile_pattern([<<",">>]), [global])
  EXPECT_EQ(Bin("split", {B("a,b,c"), Cp, L({A("global")})}), "[<<97>>,<<98>>,<<99>>]");
}

// Protects split's global, trim, trim_all and scope options.
TEST_F(BinaryModuleBifTest, Split) {
  auto Split = [&](std::string_view Subject, std::vector<Term> Opts, Term Pat = Term::nil()) {
    if (Pat.isNil())
      Pat = B(",");
    return call("binary", "split", {B(Subject), Pat, L(Opts)});
  };
  // binary:split(<<"a,b,,c,">>, <<",">>)
  EXPECT_EQ(Split("a,b,,c,", {}), "[<<97>>,<<98,44,44,99,44>>]");
  // binary:split(<<"a,b,,c,">>, <<",">>, [global])
  EXPECT_EQ(Split("a,b,,c,", {A("global")}), "[<<97>>,<<98>>,<<>>,<<99>>,<<>>]");
  // binary:split(<<"a,b,,c,,">>, <<",">>, [global, trim])
  EXPECT_EQ(Split("a,b,,c,,", {A("global"), A("trim")}), "[<<97>>,<<98>>,<<>>,<<99>>]");
  // binary:split(<<",a,b,,c,,">>, <<",">>, [global, trim_all])
  EXPECT_EQ(Split(",a,b,,c,,", {A("global"), A("trim_all")}), "[<<97>>,<<98>>,<<99>>]");
  // binary:split(<<",a,b,,c,,">>, <<",">>, [trim_all])
  EXPECT_EQ(Split(",a,b,,c,,", {A("trim_all")}), "[<<97,44,98,44,44,99,44,44>>]");
  // binary:split(<<",">>, <<",">>, [trim_all]); (<<>>, []); (<<>>, [trim])
  EXPECT_EQ(Split(",", {A("trim_all")}), "[]");
  EXPECT_EQ(Split("", {}), "[<<>>]");
  EXPECT_EQ(Split("", {A("trim")}), "[]");
  // binary:split(<<"a,b,c">>, <<",">>, [{scope,{2,2}}, global])
  EXPECT_EQ(Split("a,b,c", {T({A("scope"), T({I(2), I(2)})}), A("global")}), "[<<97,44,98>>,<<99>>]");
  // binary:split(<<"a,b,c">>, [<<",">>, <<"b">>], [global])
  EXPECT_EQ(Split("a,b,c", {A("global")}, L({B(","), B("b")})), "[<<97>>,<<>>,<<>>,<<99>>]");
  // binary:split(<<"a,b,c">>, <<",">>, [bad])
  EXPECT_EQ(Split("a,b,c", {A("bad")}), "error:badarg");
  // binary:split(<<"abc">>, <<"abc">>, [global]) and [global, trim]
  EXPECT_EQ(Split("abc", {A("global")}, B("abc")), "[<<>>,<<>>]");
  EXPECT_EQ(Split("abc", {A("global"), A("trim")}, B("abc")), "[]");
}

// Protects slicing, copying, common affixes and the unsigned codecs.
TEST_F(BinaryModuleBifTest, SlicesAndCodecs) {
  auto Bin = [&](std::string_view Name, std::vector<Term> Args) { return call("binary", Name, Args); };
  EXPECT_EQ(Bin("part", {B("abc"), I(1), I(5)}), "error:badarg"); // binary:part(<<"abc">>, 1, 5)
  EXPECT_EQ(Bin("part", {B("abc"), T({I(3), I(-2)})}), "<<98,99>>"); // binary:part(<<"abc">>, {3, -2})
  EXPECT_EQ(Bin("at", {B("abc"), I(3)}), "error:badarg");            // binary:at(<<"abc">>, 3)
  EXPECT_EQ(Bin("at", {B("abc"), I(2)}), "99");
  EXPECT_EQ(Bin("first", {B("")}), "error:badarg"); // binary:first(<<>>)
  EXPECT_EQ(Bin("last", {B("abc")}), "99");
  EXPECT_EQ(Bin("copy", {B("ab"), I(3)}), "<<97,98,97,98,97,98>>"); // binary:copy(<<"ab">>, 3)
  EXPECT_EQ(Bin("copy", {B("ab"), I(-1)}), "error:badarg");
  EXPECT_EQ(Bin("referenced_byte_size", {B("abc")}), "3");
  // binary:decode_unsigned(<<1,2>>), (<<1,2>>, little), (<<>>), (<<1,2>>, middle)
  EXPECT_EQ(Bin("decode_unsigned", {B("\x01\x02")}), "258");
  EXPECT_EQ(Bin("decode_unsigned", {B("\x01\x02"), A("little")}), "513");
  EXPECT_EQ(Bin("decode_unsigned", {B("")}), "0");
  EXPECT_EQ(Bin("decode_unsigned", {B("\x01\x02"), A("middle")}), "error:badarg");
  // binary:decode_unsigned(<<1,0,0,0,0,0,0,0,0>>)
  EXPECT_EQ(Bin("decode_unsigned", {B(std::string_view("\x01\0\0\0\0\0\0\0\0", 9))}),
            "18446744073709551616");
  // binary:encode_unsigned(258), (0), (258, little), (-1), (1 bsl 70), (1 bsl 70, little)
  EXPECT_EQ(Bin("encode_unsigned", {I(258)}), "<<1,2>>");
  EXPECT_EQ(Bin("encode_unsigned", {I(0)}), "<<0>>");
  EXPECT_EQ(Bin("encode_unsigned", {I(258), A("little")}), "<<2,1>>");
  EXPECT_EQ(Bin("encode_unsigned", {I(-1)}), "error:badarg");
  EXPECT_EQ(Bin("encode_unsigned", {I("1180591620717411303424")}), "<<64,0,0,0,0,0,0,0,0>>");
  EXPECT_EQ(Bin("encode_unsigned", {I("1180591620717411303424"), A("little")}),
            "<<0,0,0,0,0,0,0,0,64>>");
  // binary:longest_common_prefix([<<"abc">>, <<"abd">>]), ([]), ([<<"abc">>])
  EXPECT_EQ(Bin("longest_common_prefix", {L({B("abc"), B("abd")})}), "2");
  EXPECT_EQ(Bin("longest_common_prefix", {Term::nil()}), "error:badarg");
  EXPECT_EQ(Bin("longest_common_prefix", {L({B("abc")})}), "3");
  // binary:longest_common_suffix([<<"abc">>, <<"xbc">>, <<"c">>]), ([<<"abc">>, foo])
  EXPECT_EQ(Bin("longest_common_suffix", {L({B("abc"), B("xbc"), B("c")})}), "1");
  EXPECT_EQ(Bin("longest_common_suffix", {L({B("abc"), A("foo")})}), "error:badarg");
  // binary:list_to_bin([1,<<2>>,[3]]), (<<2>>)
  EXPECT_EQ(Bin("list_to_bin", {L({I(1), B("\x02"), L({I(3)})})}), "<<1,2,3>>");
  EXPECT_EQ(Bin("list_to_bin", {B("\x02")}), "error:badarg");
}

} // namespace
