//===- test/Runtime/MiscBifTest.cpp - display, funs, bitstrings, UTF-16/32 ===//
///
/// \file
/// erlang:display/1 text, fun_info on external funs, bitstring lists,
/// iovecs and unicode conversions from UTF-16/32, with values taken from
/// erl 25 on this machine (the erl expression is in each comment).
//===----------------------------------------------------------------------===//
#include "BifTestSupport.h"

#include "beamr/Term/Map.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace beamr;
using beamr::test::BifTest;

namespace {

using MiscBifTest = BifTest;

/// What erlang:display(T) writes to fd 1.
std::string displayed(Process &P, Term T) {
  std::fflush(stdout);
  FILE *Tmp = std::tmpfile();
  int Saved = ::dup(1);
  ::dup2(fileno(Tmp), 1);
  Export *E = ExportTable::get().find(*AtomTable::get().intern("erlang"),
                                      *AtomTable::get().intern("display"), 1);
  E->Bif(P, &T);
  ::dup2(Saved, 1);
  ::close(Saved);
  std::string Out(4096, '\0');
  std::rewind(Tmp);
  Out.resize(std::fread(Out.data(), 1, Out.size(), Tmp));
  std::fclose(Tmp);
  return Out;
}

// Protects erts' printing rules, which differ from ~w, and the CR LF ending.
TEST_F(MiscBifTest, Display) {
  EXPECT_EQ(displayed(P, S("abc")), "\"abc\"\r\n");    // erlang:display("abc")
  EXPECT_EQ(displayed(P, A("nonode@nohost")), "'nonode@nohost'\r\n");
  EXPECT_EQ(displayed(P, F(1.5)), "1.500000e+00\r\n"); // erlang:display(1.5)
  EXPECT_EQ(displayed(P, F(-0.0)), "-0.000000e+00\r\n");
  Term KV[] = {A("a"), I(1)};
  MapEntry E[] = {{KV[0], KV[1]}, {S("b"), L({I(1)}, I(2))}};
  EXPECT_EQ(displayed(P, makeMap(P, E)), "#{a=>1,\"b\"=>[1|2]}\r\n");
  EXPECT_EQ(displayed(P, B("\x01\x02\x03")), "<<1,2,3>>\r\n");
  EXPECT_EQ(displayed(P, B("hello world")), "<<\"hello world\">>\r\n");
  unsigned char Bits[] = {0x82, 0x60}; // <<1:1,2:7,3:3>>
  EXPECT_EQ(displayed(P, makeBitstring(P, Bits, 11)), "<<130,3:3>>\r\n");
  // erlang:display({a, 'B', [], "", 1.0e100, [1,2,300], 'hello world'})
  EXPECT_EQ(displayed(P, T({A("a"), A("B"), Term::nil(), Term::nil(), F(1e100),
                            L({I(1), I(2), I(300)}), A("hello world")})),
            "{a,'B',[],[],1.000000e+100,[1,2,300],'hello world'}\r\n");
  EXPECT_EQ(displayed(P, A("\xc3\xa4")), "\xc3\xa4\r\n"); // erlang:display(list_to_atom([228]))
  EXPECT_EQ(displayed(P, makeExportFun(P, A("lists"), A("map"), I(2))), "fun lists:map/2\r\n");
}

// Protects the items of an external fun and the badarg cases.
TEST_F(MiscBifTest, FunInfoOfExternalFun) {
  Term Fn = makeExportFun(P, A("lists"), A("map"), I(2));
  // erlang:fun_info(fun lists:map/2)
  EXPECT_EQ(erl("fun_info", {Fn}), "[{module,lists},{name,map},{arity,2},{env,[]},{type,external}]");
  EXPECT_EQ(erl("fun_info", {Fn, A("pid")}), "{pid,undefined}");
  EXPECT_EQ(erl("fun_info", {Fn, A("foo")}), "error:badarg");
  EXPECT_EQ(erl("fun_info", {A("a"), A("arity")}), "error:badarg");
  // erlang:make_fun(lists, map, 2), (a, b, 256), (a, b, -1)
  EXPECT_EQ(erl("make_fun", {A("lists"), A("map"), I(2)}), "fun lists:map/2");
  EXPECT_EQ(erl("make_fun", {A("a"), A("b"), I(256)}), "error:badarg");
  EXPECT_EQ(erl("make_fun", {A("a"), A("b"), I(-1)}), "error:badarg");
}

// Protects bitstring lists and iovecs.
TEST_F(MiscBifTest, BitstringsAndIovecs) {
  unsigned char Bits[] = {1, 2, 0x60}; // <<1,2,3:3>>
  Term Bs = makeBitstring(P, Bits, 19);
  EXPECT_EQ(erl("bitstring_to_list", {Bs}), "[1,2,<<3:3>>]"); // bitstring_to_list(<<1,2,3:3>>)
  EXPECT_EQ(erl("bitstring_to_list", {A("a")}), "error:badarg");
  unsigned char Two[] = {0x40}; // <<2:3>>
  unsigned char One[] = {0x80}; // <<1:1>>
  // list_to_bitstring([1,<<2:3>>,[<<3>>]])
  EXPECT_EQ(erl("list_to_bitstring", {L({I(1), makeBitstring(P, Two, 3), L({B("\x03")})})}),
            "<<1,64,3:3>>");
  // list_to_bitstring([<<2:3>>|<<1:1>>]), ([256])
  EXPECT_EQ(erl("list_to_bitstring", {L({makeBitstring(P, Two, 3)}, makeBitstring(P, One, 1))}),
            "<<5:4>>");
  EXPECT_EQ(erl("list_to_bitstring", {L({I(256)})}), "error:badarg");
  // erlang:iolist_to_iovec([1,<<2>>,[<<3>>]]), ([]), (<<1:3>>)
  EXPECT_EQ(erl("iolist_to_iovec", {L({I(1), B("\x02"), L({B("\x03")})})}), "[<<1,2,3>>]");
  EXPECT_EQ(erl("iolist_to_iovec", {Term::nil()}), "[]");
  EXPECT_EQ(erl("iolist_to_iovec", {makeBitstring(P, One, 3)}), "error:badarg");
  // erlang:term_to_iovec({a,1})
  EXPECT_EQ(erl("term_to_iovec", {T({A("a"), I(1)})}), "[<<131,104,2,100,0,1,97,97,1>>]");
}

// Protects UTF-16/32 input, which erl converts in unicode.erl.
TEST_F(MiscBifTest, WideUnicodeInput) {
  auto C2B = [&](Term D, Term Enc) { return call("unicode", "characters_to_binary", {D, Enc}); };
  auto C2L = [&](Term D, Term Enc) { return call("unicode", "characters_to_list", {D, Enc}); };
  Term Le16 = T({A("utf16"), A("little")}), Le32 = T({A("utf32"), A("little")});
  using namespace std::string_view_literals;
  // unicode:characters_to_list(<<0,97,0,233,32,172,216,61,222,0>>, utf16)
  EXPECT_EQ(C2L(B("\0a\0\xe9\x20\xac\xd8\x3d\xde\0"sv), A("utf16")), "[97,233,8364,128512]");
  EXPECT_EQ(C2L(B("a\0\xe9\0"sv), Le16), "[97,233]"); // (<<97,0,233,0>>, {utf16,little})
  // unicode:characters_to_binary(<<0,0,0,97,0,1,246,0>>, utf32)
  EXPECT_EQ(C2B(B("\0\0\0a\0\x01\xf6\0"sv), A("utf32")), "<<97,240,159,152,128>>");
  EXPECT_EQ(C2B(B("a\0\0\0"sv), Le32), "<<97>>");
  // (<<0,97,0>>, utf16), (<<0,97,216,61>>, utf16), (<<0,97,220,0>>, utf16)
  EXPECT_EQ(C2B(B("\0a\0"sv), A("utf16")), "{incomplete,<<97>>,<<0>>}");
  EXPECT_EQ(C2B(B("\0a\xd8\x3d"sv), A("utf16")), "{incomplete,<<97>>,<<216,61>>}");
  EXPECT_EQ(C2B(B("\0a\xdc\0"sv), A("utf16")), "{error,<<97>>,<<220,0>>}");
  // (<<0,0,0,97,0,17,0,0>>, utf32)
  EXPECT_EQ(C2B(B("\0\0\0a\0\x11\0\0"sv), A("utf32")), "{error,<<97>>,<<0,17,0,0>>}");
  // ([<<0,97>>, 98, [<<0,99>>]], utf16)
  EXPECT_EQ(C2B(L({B("\0a"sv), I(98), L({B("\0c"sv)})}), A("utf16")), "<<97,98,99>>");
  EXPECT_EQ(C2B(B("\0a"sv), T({A("utf16"), A("middle")})), "error:badarg");
  // unicode:characters_to_list([<<0,97>>, 16#110000], utf16)
  EXPECT_EQ(C2L(L({B("\0a"sv), I(0x110000)}), A("utf16")), "{error,[97],[[1114112]]}");
}

// Protects erl's original term hash behind the deprecated phash/2.
TEST_F(MiscBifTest, Phash) {
  auto Phash = [&](Term T, SWord Range) { return erl("phash", {T, I(Range)}); };
  SWord Two32 = SWord(1) << 32;
  // [erlang:phash(T, 1 bsl 32) || T <- [0, 1, -1, 1.0, atom, "", "abc", <<"abc">>, {}, {a, 1}]]
  EXPECT_EQ(Phash(I(0), Two32), "1");
  EXPECT_EQ(Phash(I(1), Two32), "2788898428");
  EXPECT_EQ(Phash(I(-1), Two32), "1680185270");
  EXPECT_EQ(Phash(I("18446744073709551616"), Two32), "2788898428"); // 1 bsl 64
  EXPECT_EQ(Phash(F(1.0), Two32), "1072693249");
  EXPECT_EQ(Phash(A("atom"), Two32), "428894");
  EXPECT_EQ(Phash(Term::nil(), Two32), "2");
  EXPECT_EQ(Phash(S("abc"), Two32), "3654580166");
  EXPECT_EQ(Phash(B("abc"), Two32), "1972007566");
  EXPECT_EQ(Phash(T({}), Two32), "1");
  EXPECT_EQ(Phash(T({A("a"), I(1)}), Two32), "3187717805");
  EXPECT_EQ(Phash(L({A("a")}, A("b")), Two32), "4159696708"); // [a | b]
  EXPECT_EQ(Phash(F(1.0), 7), "5");                              // erlang:phash(1.0, 7)
  EXPECT_EQ(Phash(A("a"), 0), "error:badarg");
}

// Protects CRC-32, Adler-32 and MD5, whole, incremental and combined.
TEST_F(MiscBifTest, Checksums) {
  Term Data = B("The quick brown fox jumps over the lazy dog");
  EXPECT_EQ(erl("crc32", {Data}), "1095738169"); // erlang:crc32(Data)
  // erlang:crc32(erlang:crc32(<<"The quick ">>), <<"brown fox jumps over the lazy dog">>)
  EXPECT_EQ(erl("crc32", {I(SWord(std::stoul(erl("crc32", {B("The quick ")})))),
                          B("brown fox jumps over the lazy dog")}),
            "1095738169");
  EXPECT_EQ(erl("adler32", {Data}), "1541148634");                  // erlang:adler32(Data)
  EXPECT_EQ(erl("adler32", {L({S("io"), B("list")})}), "149684885"); // (["io", <<"list">>])
  // erlang:md5(Data)
  EXPECT_EQ(erl("md5", {Data}), "<<158,16,125,157,55,43,182,130,107,216,29,53,66,164,25,214>>");
  EXPECT_EQ(erl("md5", {B("")}), "<<212,29,140,217,143,0,178,4,233,128,9,152,236,248,66,126>>");
  // erlang:crc32_combine(erlang:crc32(<<"ab">>), erlang:crc32(<<"cd">>), 2)
  Term Ab = I(SWord(std::stoul(erl("crc32", {B("ab")}))));
  Term Cd = I(SWord(std::stoul(erl("crc32", {B("cd")}))));
  EXPECT_EQ(erl("crc32_combine", {Ab, Cd, I(2)}), "3984772369");
  EXPECT_EQ(erl("crc32", {B("abcd")}), "3984772369");
  EXPECT_EQ(erl("crc32", {I(-1), B("")}), "error:badarg"); // erlang:crc32(-1, <<>>)
  EXPECT_EQ(erl("external_size", {T({A("a"), L({I(1)})})}), "11"); // erlang:external_size({a,[1]})
}

// Protects raise/3 returning badarg for bad arguments instead of raising.
TEST_F(MiscBifTest, RaiseWithBadArguments) {
  // [erlang:raise(bogus, r, []), erlang:raise(error, r, x), erlang:raise(error, r, [foo])]
  EXPECT_EQ(erl("raise", {A("bogus"), A("r"), Term::nil()}), "badarg");
  EXPECT_EQ(erl("raise", {A("error"), A("r"), A("x")}), "badarg");
  EXPECT_EQ(erl("raise", {A("error"), A("r"), L({A("foo")})}), "badarg");
  // catch erlang:raise(error, r, [{m,f,1}]) gives {'EXIT',{r,[{m,f,1,[]}]}}
  EXPECT_EQ(erl("raise", {A("error"), A("r"), L({T({A("m"), A("f"), I(1)})})}), "error:r");
  EXPECT_EQ(termToString(P.ExcStacktrace), "[{m,f,1,[]}]");
}

// Protects the shapes of calendar time and statistics answers.
TEST_F(MiscBifTest, ClockAndStatistics) {
  // erlang:localtime() is {{Y,M,D},{H,Mi,S}}; statistics(foo) is badarg.
  std::string Local = erl("localtime", {});
  EXPECT_EQ(std::count(Local.begin(), Local.end(), ','), 5) << Local;
  EXPECT_EQ(erl("statistics", {A("foo")}), "error:badarg");
  EXPECT_EQ(erl("statistics", {A("run_queue")}), "0");
  EXPECT_EQ(call("file", "native_name_encoding", {}), "utf8");
  std::string Now1 = erl("now", {}), Now2 = erl("now", {});
  EXPECT_NE(Now1, Now2); // now/0 never repeats.
}

// Protects identifiers as text, list_to_pid's limits and cmp_term's order.
TEST_F(MiscBifTest, IdentifiersAndCmpTerm) {
  EXPECT_EQ(erl("list_to_pid", {S("<0.5.0>")}), "<0.5.0>");    // list_to_pid("<0.5.0>")
  EXPECT_EQ(erl("list_to_pid", {S("<0.5>")}), "error:badarg"); // ("<0.5>"), ("<1.5.0>")
  EXPECT_EQ(erl("list_to_pid", {S("<1.5.0>")}), "error:badarg");
  EXPECT_EQ(erl("list_to_pid", {S("<0.99999999.0>")}), "error:badarg");
  // erts_internal:cmp_term(1, 1.0), (b, a)
  EXPECT_EQ(call("erts_internal", "cmp_term", {I(1), F(1.0)}), "-1");
  EXPECT_EQ(call("erts_internal", "cmp_term", {A("b"), A("a")}), "1");
  // erlang:fun_to_list(fun lists:map/2)
  EXPECT_EQ(erl("fun_to_list", {makeExportFun(P, A("lists"), A("map"), I(2))}),
            termToString(S("fun lists:map/2")));
  EXPECT_EQ(erl("ref_to_list", {A("a")}), "error:badarg");
}

} // namespace
