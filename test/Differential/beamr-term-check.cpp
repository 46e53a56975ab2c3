//===- test/Differential/beamr-term-check.cpp - Term services vs erl ------===//
///
/// \file
/// Checks beamr's term services against answers erl wrote into a corpus
/// (see Inputs/gen_terms.erl for the format): for every term, decoding erl's
/// `term_to_binary` bytes, encoding them back byte for byte (plain,
/// compressed, minor versions 0 and 2), `~w` text, `phash2/1,2`, and for
/// each adjacent pair the order, `==` and `=:=`.
///
/// Two differences cannot be fixed and are counted apart, as "unportable",
/// not as mismatches: erl places keys that contain atoms, funs, local pids and
/// ports or external identifiers in large (hash) maps by its own atom indices and pointers, so
/// such maps encode and print in an order beamr cannot reproduce (the check
/// still insists that both encodings hold `=:=` terms); and erl prints the
/// node of an external pid, port or ref as its own table index.
///
/// Prints one line per mismatch (up to a limit per check), then
/// `checked N terms: M mismatches`; exits 1 on any mismatch or bad input.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace beamr;

namespace {

using Bytes = std::vector<unsigned char>;
using ByteSpan = std::span<const unsigned char>;

enum Field : unsigned {
  PlainField,
  CompressedField,
  Minor0Field,
  Minor2Field,
  TextField,
  Hash27Field,
  Hash1000Field,
  OrderField,
  NumFields
};

/// The checks, each counted and reported under its name.
enum Check : unsigned {
  DecodeCheck,
  EncodeCheck,
  CompressedCheck,
  Minor0Check,
  Minor2Check,
  PrintCheck,
  HashCheck,
  CompareCheck,
  NumChecks
};
constexpr const char *CheckNames[NumChecks] = {
    "decode", "encode", "encode-compressed", "minor-0", "minor-2", "print", "phash2", "compare"};

std::uint32_t bigEndian32(ByteSpan B) {
  return std::uint32_t(B[0]) << 24 | std::uint32_t(B[1]) << 16 | std::uint32_t(B[2]) << 8 | B[3];
}

/// Splits the corpus into records of `NumFields` fields. Returns false, with
/// `Error` set, when the file is not a well-formed corpus.
bool parseCorpus(ByteSpan Data, std::vector<std::vector<ByteSpan>> &Records, std::string &Error) {
  if (Data.size() < 4 || std::memcmp(Data.data(), "BTC1", 4) != 0) {
    Error = "not a term corpus (missing BTC1 magic)";
    return false;
  }
  std::size_t Pos = 4;
  auto Take = [&](std::size_t N, ByteSpan &Out) {
    if (N > Data.size() - Pos)
      return false;
    Out = Data.subspan(Pos, N);
    Pos += N;
    return true;
  };
  while (Pos < Data.size()) {
    ByteSpan Word;
    if (!Take(4, Word) || bigEndian32(Word) != NumFields) {
      Error = "record " + std::to_string(Records.size()) + " has a bad field count";
      return false;
    }
    std::vector<ByteSpan> Fields(NumFields);
    for (ByteSpan &F : Fields) {
      if (!Take(4, Word) || !Take(bigEndian32(Word), F)) {
        Error = "record " + std::to_string(Records.size()) + " is truncated";
        return false;
      }
    }
    Records.push_back(std::move(Fields));
  }
  return true;
}

std::string_view asText(ByteSpan B) { return {reinterpret_cast<const char *>(B.data()), B.size()}; }

/// At most `Limit` characters of `S`, marked when cut.
std::string clip(std::string_view S, std::size_t Limit = 160) {
  if (S.size() <= Limit)
    return std::string(S);
  return std::string(S.substr(0, Limit)) + "...";
}

std::string hex(ByteSpan B, std::size_t Limit = 48) {
  std::string Out;
  char Buf[4];
  for (std::size_t I = 0; I < B.size() && I < Limit; ++I) {
    std::snprintf(Buf, sizeof Buf, "%02x", B[I]);
    Out += Buf;
  }
  if (B.size() > Limit)
    Out += "...(" + std::to_string(B.size()) + " bytes)";
  return Out;
}

/// Where encodings first differ, for a readable diagnostic.
std::string firstDifference(ByteSpan Want, ByteSpan Got) {
  std::size_t I = 0;
  while (I < Want.size() && I < Got.size() && Want[I] == Got[I])
    ++I;
  std::size_t From = I > 8 ? I - 8 : 0;
  return "differ at byte " + std::to_string(I) + ": erl " + hex(Want.subspan(From)) + ", beamr " +
         hex(Got.subspan(From));
}

int sign(int V) { return (V > 0) - (V < 0); }

/// Calls `Visit` on `T` and every term inside it, without recursion, until
/// `Visit` returns true; returns whether it did.
template <typename Fn> bool anySubterm(Term T, Fn Visit) {
  std::vector<Term> Work = {T};
  while (!Work.empty()) {
    Term X = Work.back();
    Work.pop_back();
    if (Visit(X))
      return true;
    if (X.isCons()) {
      Work.push_back(X.tail());
      Work.push_back(X.head());
    } else if (X.isTuple()) {
      for (Word I = 0; I < X.tupleArity(); ++I)
        Work.push_back(X.tupleElement(I));
    } else if (X.isMap()) {
      MapIterator It(X);
      for (Term K, V; It.next(K, V);) {
        Work.push_back(K);
        Work.push_back(V);
      }
    } else if (X.isBoxedKind(HeaderKind::Fun)) {
      const FunObject &F = viewFun(X);
      for (Word I = 0; I < F.NumFree; ++I)
        Work.push_back(F.freeVar(I));
    }
  }
  return false;
}

bool isExternalId(Term T) {
  return T.isBoxedKind(HeaderKind::ExternalPid) || T.isBoxedKind(HeaderKind::ExternalPort) ||
         T.isBoxedKind(HeaderKind::ExternalRef);
}

/// Keys erl hashes by its own atom indices, by pointers, or (local pids and
/// ports) by a word whose high half is an index into its process or port
/// table, laid out by that table's configured size.
bool hasErlStateKey(Term Key) {
  return anySubterm(Key, [](Term X) {
    return X.isAtom() || X.isLocalPid() || X.isLocalPort() || isExternalId(X) || X.isBoxedKind(HeaderKind::Fun) ||
           X.isBoxedKind(HeaderKind::Export);
  });
}

/// A hash map with such a key somewhere in `T`: its order is erl's secret.
bool hasUnportableMapOrder(Term T) {
  return anySubterm(T, [](Term X) {
    if (!X.isMap() || mapSize(X) <= FlatMapLimit)
      return false;
    MapIterator It(X);
    for (Term K, V; It.next(K, V);)
      if (hasErlStateKey(K))
        return true;
    return false;
  });
}

bool hasExternalId(Term T) { return anySubterm(T, isExternalId); }

class Checker {
public:
  explicit Checker(std::size_t MaxReports) : MaxReports(MaxReports) {}
  void checkRecord(std::size_t Index, const std::vector<ByteSpan> &Fields);
  int summarize(std::size_t Terms) const;

private:
  void report(Check C, std::size_t Index, std::string_view ErlText, const std::string &What);
  void checkEncoding(Check C, std::size_t Index, Term T, const std::vector<ByteSpan> &Fields,
                     Field F, EncodeOptions Options);
  void checkCompare(std::size_t Index, Term T, const std::vector<ByteSpan> &Fields);
  bool sameTermsInOtherOrder(Term T, ByteSpan Want, ByteSpan Got);

  std::size_t MaxReports;
  std::size_t Counts[NumChecks] = {};
  std::size_t Total = 0;
  std::size_t Unportable = 0;
  std::unique_ptr<TermArena> Arena, PrevArena;
  std::optional<Term> Prev;
};

void Checker::report(Check C, std::size_t Index, std::string_view ErlText,
                     const std::string &What) {
  ++Total;
  if (Counts[C]++ < MaxReports)
    std::printf("mismatch: term %zu %s: %s\n  term: %s\n", Index, CheckNames[C], What.c_str(),
                clip(ErlText).c_str());
}

/// Whether two different encodings of `T` hold `=:=` terms and `T` has a
/// map whose order beamr cannot know.
bool Checker::sameTermsInOtherOrder(Term T, ByteSpan Want, ByteSpan Got) {
  TermArena Scratch;
  std::optional<Term> W = decodeExternal(Scratch, Want), G = decodeExternal(Scratch, Got);
  return W && G && exactEqualTerms(*W, *G) && hasUnportableMapOrder(T);
}

void Checker::checkEncoding(Check C, std::size_t Index, Term T, const std::vector<ByteSpan> &Fields,
                            Field F, EncodeOptions Options) {
  Bytes Got = encodeExternal(T, Options);
  ByteSpan Want = Fields[F];
  if (!std::equal(Want.begin(), Want.end(), Got.begin(), Got.end())) {
    if (sameTermsInOtherOrder(T, Want, Got))
      ++Unportable;
    else
      report(C, Index, asText(Fields[TextField]), firstDifference(Want, Got));
  }
  // erl's variant decodes too, to a term that encodes like the plain one.
  TermArena Scratch;
  std::optional<Term> Back = decodeExternal(Scratch, Want);
  if (!Back) {
    report(C, Index, asText(Fields[TextField]), "cannot decode erl's variant");
    return;
  }
  Bytes Again = encodeExternal(*Back);
  ByteSpan Plain = Fields[PlainField];
  if (std::equal(Plain.begin(), Plain.end(), Again.begin(), Again.end()))
    return;
  if (sameTermsInOtherOrder(T, Plain, Again))
    ++Unportable;
  else
    report(C, Index, asText(Fields[TextField]),
           "erl's variant decodes differently: " + firstDifference(Plain, Again));
}

void Checker::checkCompare(std::size_t Index, Term T, const std::vector<ByteSpan> &Fields) {
  Term P = Prev ? *Prev : T;
  ByteSpan Want = Fields[OrderField];
  int Order = sign(compareTerms(P, T));
  bool Equal = equalTerms(P, T), Exact = exactEqualTerms(P, T);
  int WantOrder = static_cast<signed char>(Want[0]);
  if (Order != WantOrder || Equal != bool(Want[1]) || Exact != bool(Want[2]))
    report(CompareCheck, Index, asText(Fields[TextField]),
           "with the previous term erl says order " + std::to_string(WantOrder) +
               " == " + std::to_string(Want[1]) + " =:= " + std::to_string(Want[2]) +
               ", beamr says order " + std::to_string(Order) + " == " + std::to_string(Equal) +
               " =:= " + std::to_string(Exact));
}

void Checker::checkRecord(std::size_t Index, const std::vector<ByteSpan> &Fields) {
  // Two arenas: the previous term must live for the pair comparison.
  PrevArena = std::move(Arena);
  Arena = std::make_unique<TermArena>();
  std::string_view ErlText = asText(Fields[TextField]);
  std::optional<Term> T = decodeExternal(*Arena, Fields[PlainField]);
  if (!T) {
    report(DecodeCheck, Index, ErlText, "cannot decode " + hex(Fields[PlainField]));
    Prev.reset();
    return;
  }
  checkEncoding(EncodeCheck, Index, *T, Fields, PlainField, {});
  checkEncoding(CompressedCheck, Index, *T, Fields, CompressedField, {6, 1});
  checkEncoding(Minor0Check, Index, *T, Fields, Minor0Field, {-1, 0});
  checkEncoding(Minor2Check, Index, *T, Fields, Minor2Field, {-1, 2});
  std::string Text = termToString(*T);
  if (Text != ErlText) {
    if (hasUnportableMapOrder(*T) || hasExternalId(*T))
      ++Unportable;
    else
      report(PrintCheck, Index, ErlText, "beamr prints " + clip(Text));
  }
  std::uint32_t Want27 = bigEndian32(Fields[Hash27Field]);
  std::uint32_t Want1000 = bigEndian32(Fields[Hash1000Field]);
  std::uint32_t Got27 = phash2(*T), Got1000 = phash2(*T, 1000);
  if (Got27 != Want27 || Got1000 != Want1000)
    report(HashCheck, Index, ErlText,
           "erl " + std::to_string(Want27) + "/" + std::to_string(Want1000) + ", beamr " +
               std::to_string(Got27) + "/" + std::to_string(Got1000));
  checkCompare(Index, *T, Fields);
  Prev = T;
}

int Checker::summarize(std::size_t Terms) const {
  std::printf("checked %zu terms: %zu mismatches\n", Terms, Total);
  std::printf("unportable differences (erl's own map order or node numbering): %zu\n", Unportable);
  for (unsigned C = 0; C < NumChecks; ++C)
    if (Counts[C])
      std::printf("  %s: %zu\n", CheckNames[C], Counts[C]);
  return Total ? 1 : 0;
}

int fail(const std::string &Message) {
  std::fprintf(stderr, "beamr-term-check: error: %s\n", Message.c_str());
  return 1;
}

} // namespace

int main(int Argc, char **Argv) {
  std::size_t MaxReports = 20;
  const char *Path = nullptr;
  for (int I = 1; I < Argc; ++I) {
    std::string_view Arg = Argv[I];
    if (Arg.starts_with("--max-reports="))
      MaxReports = std::strtoul(Argv[I] + 14, nullptr, 10);
    else if (!Path && !Arg.starts_with("-"))
      Path = Argv[I];
    else
      return fail("unknown argument '" + std::string(Arg) + "'");
  }
  if (!Path)
    return fail("usage: beamr-term-check [--max-reports=N] CORPUS");
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return fail("cannot read '" + std::string(Path) + "'");
  Bytes Data((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  std::vector<std::vector<ByteSpan>> Records;
  std::string Error;
  if (!parseCorpus(Data, Records, Error))
    return fail("'" + std::string(Path) + "': " + Error);
  Checker C(MaxReports);
  for (std::size_t I = 0; I < Records.size(); ++I)
    C.checkRecord(I, Records[I]);
  return C.summarize(Records.size());
}
