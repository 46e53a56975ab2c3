//===- test/Runtime/TermBifTest.cpp - Tuple, list and map BIFs vs erl ------===//
///
/// \file
/// Results and errors of the tuple, list, lists and maps BIFs, taken from
/// erl 25 on this machine (the erl expression is in each comment).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

#include "beamr/Term/Map.h"

using namespace beamr;
using beamr::test::BifTest;

namespace {

using TermBifTest = BifTest;

// Protects the lists C BIFs: == for keys, =:= for member, improper lists.
TEST_F(TermBifTest, ListsBifs) {
  auto Lists = [&](std::string_view F, std::vector<Term> Args) { return call("lists", F, Args); };
  EXPECT_EQ(Lists("keyfind", {I(1), I(1), L({T({F(1.0), A("a")})})}), "{1.0,a}");
  EXPECT_EQ(Lists("keyfind", {A("x"), I(1), L({T({A("y")})}, A("z"))}), "error:badarg");
  EXPECT_EQ(Lists("keyfind", {A("x"), I(1), L({T({A("x")})}, A("z"))}), "{x}");
  EXPECT_EQ(Lists("keyfind", {A("x"), I(0), L({})}), "error:badarg");
  EXPECT_EQ(Lists("keyfind", {A("a"), I(2), L({T({A("a")}), T({A("b"), A("a")})})}), "{b,a}");
  EXPECT_EQ(Lists("member", {I(1), L({I(1)}, I(2))}), "true");          // lists:member(1, [1|2])
  EXPECT_EQ(Lists("member", {I(3), L({I(1)}, I(2))}), "error:badarg");  // lists:member(3, [1|2])
  EXPECT_EQ(Lists("member", {F(1.0), L({I(1)})}), "false");
  EXPECT_EQ(Lists("keymember", {I(1), I(1), L({T({F(1.0)})})}), "true");
  EXPECT_EQ(Lists("keysearch", {I(1), I(1), L({T({F(1.0)})})}), "{value,{1.0}}");
  EXPECT_EQ(Lists("reverse", {L({I(1)}, I(2)), L({})}), "error:badarg");
  EXPECT_EQ(Lists("reverse", {L({I(1), I(2)}), A("x")}), "[2,1|x]");
}

// Protects ++ and -- (exact matching, first occurrence removed).
TEST_F(TermBifTest, AppendAndSubtract) {
  EXPECT_EQ(erl("++", {L({I(1)}, I(2)), L({})}), "error:badarg"); // [1|2] ++ []
  EXPECT_EQ(erl("++", {L({}), A("x")}), "x");                     // [] ++ x
  EXPECT_EQ(erl("++", {L({I(1)}), A("x")}), "[1|x]");             // [1] ++ x
  EXPECT_EQ(erl("--", {L({I(1), F(1.0), I(2)}), L({F(1.0)})}), "[1,2]");
  EXPECT_EQ(erl("--", {L({I(1)}, I(2)), L({})}), "error:badarg");
  EXPECT_EQ(erl("--", {L({I(1), I(2), I(1), I(3)}), L({I(1), I(3), I(4)})}), "[2,1]");
}

// Protects tuple BIFs and their argument checks.
TEST_F(TermBifTest, Tuples) {
  EXPECT_EQ(erl("element", {I(0), T({A("a")})}), "error:badarg");
  EXPECT_EQ(erl("element", {I(1), T({A("a")})}), "a");
  EXPECT_EQ(erl("setelement", {I(1), T({}), A("x")}), "error:badarg");
  EXPECT_EQ(erl("setelement", {I(2), T({A("a"), A("b")}), A("x")}), "{a,x}");
  EXPECT_EQ(erl("make_tuple", {I(3), A("x"), L({T({I(1), A("a")}), T({I(1), A("b")}), T({I(3), A("c")})})}),
            "{b,x,c}");
  EXPECT_EQ(erl("make_tuple", {I(2), A("x"), L({T({I(3), A("a")})})}), "error:badarg");
  EXPECT_EQ(erl("make_tuple", {I(-1), A("x")}), "error:badarg");
  EXPECT_EQ(erl("make_tuple", {I(1 << 30), A("x")}), "error:badarg");
  EXPECT_EQ(erl("insert_element", {I(3), T({A("a"), A("b")}), A("c")}), "{a,b,c}");
  EXPECT_EQ(erl("insert_element", {I(4), T({A("a"), A("b")}), A("c")}), "error:badarg");
  EXPECT_EQ(erl("delete_element", {I(1), T({A("a"), A("b")})}), "{b}");
  EXPECT_EQ(erl("append_element", {A("x"), I(1)}), "error:badarg");
  EXPECT_EQ(erl("tuple_size", {L({})}), "error:badarg");
  EXPECT_EQ(erl("list_to_tuple", {L({I(1), I(2)})}), "{1,2}");
  EXPECT_EQ(erl("tuple_to_list", {T({I(1), I(2)})}), "[1,2]");
  EXPECT_EQ(erl("is_record", {T({A("a"), A("b")}), I(1)}), "error:badarg");
  EXPECT_EQ(erl("is_record", {T({A("a"), A("b")}), A("a"), A("x")}), "error:badarg");
  EXPECT_EQ(erl("is_record", {T({A("a"), A("b")}), A("a"), I(2)}), "true");
  EXPECT_EQ(erl("is_function", {A("x"), F(1.0)}), "error:badarg");
  EXPECT_EQ(erl("is_function", {A("x"), I(-1)}), "error:badarg");
}

// Protects sizes of bitstrings and lists.
TEST_F(TermBifTest, Sizes) {
  Term Bits = makeBitstring(P, std::span<const unsigned char>((const unsigned char *)"\x00\x80", 2), 9);
  EXPECT_EQ(erl("size", {Bits}), "1");       // size(<<1:9>>)
  EXPECT_EQ(erl("size", {L({})}), "error:badarg");
  EXPECT_EQ(erl("length", {L({A("a")}, A("b"))}), "error:badarg");
  EXPECT_EQ(erl("length", {L({A("a"), A("b")})}), "2");
  EXPECT_EQ(erl("hd", {L({})}), "error:badarg");
}

// Protects map BIFs' badmap/badkey errors and update results.
TEST_F(TermBifTest, Maps) {
  auto Maps = [&](std::string_view F, std::vector<Term> Args) { return call("maps", F, Args); };
  EXPECT_EQ(erl("map_get", {A("a"), A("x")}), "error:{badmap,x}");
  EXPECT_EQ(erl("is_map_key", {A("a"), A("x")}), "error:{badmap,x}");
  EXPECT_EQ(erl("map_size", {A("x")}), "error:{badmap,x}");
  Term M = makeMap(P, std::vector<MapEntry>{{A("a"), I(1)}, {A("b"), I(2)}});
  EXPECT_EQ(erl("map_get", {A("c"), M}), "error:{badkey,c}");
  EXPECT_EQ(Maps("put", {A("c"), I(3), M}), "#{a => 1,b => 2,c => 3}");
  EXPECT_EQ(Maps("update", {A("c"), I(3), M}), "error:{badkey,c}");
  EXPECT_EQ(Maps("update", {A("a"), I(3), M}), "#{a => 3,b => 2}");
  EXPECT_EQ(Maps("remove", {A("a"), M}), "#{b => 2}");
  EXPECT_EQ(Maps("take", {A("a"), M}), "{1,#{b => 2}}");
  EXPECT_EQ(Maps("take", {A("z"), M}), "error");
  EXPECT_EQ(Maps("find", {A("b"), M}), "{ok,2}");
  EXPECT_EQ(Maps("merge", {A("x"), A("y")}), "error:{badmap,x}");
  EXPECT_EQ(Maps("merge", {M, A("y")}), "error:{badmap,y}");
  EXPECT_EQ(Maps("from_list", {L({T({A("a"), I(1)}), T({A("a"), I(2)})})}), "#{a => 2}");
  EXPECT_EQ(Maps("from_list", {L({A("a")})}), "error:badarg");
  EXPECT_EQ(Maps("keys", {M}), "[a,b]");
  EXPECT_EQ(Maps("values", {M}), "[1,2]");
  EXPECT_EQ(call("erts_internal", "map_next", {I(0), M, L({})}), "[{a,1},{b,2}]");
  EXPECT_EQ(call("erts_internal", "map_next", {I(0), M, A("iterator")}), "{a,1,{b,2,none}}");
}

// Protects the order of a hash map's to_list via map_next: erl 25's
// maps:keys(maps:from_list([{K, K} || K <- lists:seq(1, 40)])) starts with
// these keys, and maps:next of its iterator gives key 16 first.
TEST_F(TermBifTest, HashMapToListOrder) {
  std::vector<MapEntry> Entries;
  for (int K = 1; K <= 40; ++K)
    Entries.emplace_back(I(K), I(K));
  Term M = makeMap(P, Entries);
  std::string Keys = call("maps", "keys", {M});
  std::string ToList = call("erts_internal", "map_next", {I(0), M, L({})});
  EXPECT_EQ(Keys.substr(0, 12), "[33,12,23,29");
  EXPECT_EQ(ToList.substr(0, 17), "[{33,33},{12,12},");
  EXPECT_EQ(call("erts_internal", "map_next", {I(0), M, A("iterator")}).substr(0, 7), "{16,16,");
}

} // namespace
