//===- lib/Runtime/BifBinaryModule.cpp - The BIFs of module binary --------===//
///
/// \file
/// The functions of stdlib's `binary` module that are BIFs in OTP 25:
/// searching (`compile_pattern`, `match`, `matches`, `split`), slicing
/// (`part`, `at`, `first`, `last`), `copy`, `referenced_byte_size`,
/// `list_to_bin`, the longest common prefix/suffix and the unsigned integer
/// codecs. Every failure is `badarg`, as in erl. A compiled pattern is
/// `{bm, Pattern}` or `{am, [Pattern]}`: erl's is opaque (a tuple around a
/// magic reference), so any shape that `match` and `split` accept will do.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"

#include <algorithm>

using namespace beamr;

namespace {

using PatternList = std::vector<std::string>;

/// The byte strings of a search pattern: a non-empty binary, a non-empty list
/// of them, or what `compile_pattern` returned.
std::optional<PatternList> readPatterns(Term Pattern) {
  if (Pattern.isTuple() && Pattern.tupleArity() == 2) {
    Term Tag = Pattern.tupleElement(0);
    if (Tag != internAtom("bm") && Tag != internAtom("am"))
      return std::nullopt;
    return readPatterns(Pattern.tupleElement(1));
  }
  PatternList Out;
  if (Pattern.isBitstring()) {
    std::optional<std::string> Bytes = binaryBytes(Pattern);
    if (!Bytes || Bytes->empty())
      return std::nullopt;
    Out.push_back(std::move(*Bytes));
    return Out;
  }
  std::optional<std::vector<Term>> Elements = listElements(Pattern);
  if (!Elements || Elements->empty())
    return std::nullopt;
  for (Term E : *Elements) {
    std::optional<std::string> Bytes = E.isBitstring() ? binaryBytes(E) : std::nullopt;
    if (!Bytes || Bytes->empty())
      return std::nullopt;
    Out.push_back(std::move(*Bytes));
  }
  return Out;
}

/// The byte range searched: `{scope, {Start, Length}}` (Length may be
/// negative), or the whole subject.
struct Scope {
  std::size_t Begin, End;
};

std::optional<Scope> readScope(Term PosLen, std::size_t Size) {
  if (!PosLen.isTuple() || PosLen.tupleArity() != 2)
    return std::nullopt;
  Term S = PosLen.tupleElement(0), L = PosLen.tupleElement(1);
  if (!S.isSmall() || !L.isSmall())
    return std::nullopt;
  SWord Start = S.smallValue(), Len = L.smallValue();
  if (Len < 0) {
    Start += Len;
    Len = -Len;
  }
  if (Start < 0 || std::size_t(Start) > Size || std::size_t(Len) > Size - std::size_t(Start))
    return std::nullopt;
  return Scope{std::size_t(Start), std::size_t(Start + Len)};
}

/// The options of match/3, matches/3 and split/3.
struct SearchOptions {
  Scope Range;
  bool Global = false, Trim = false, TrimAll = false;
};

std::optional<SearchOptions> readOptions(Term Options, std::size_t Size, bool ForSplit) {
  SearchOptions Out{{0, Size}};
  std::optional<std::vector<Term>> Elements = listElements(Options);
  if (!Elements)
    return std::nullopt;
  for (Term O : *Elements) {
    if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == atomTerm(atoms::Scope)) {
      std::optional<Scope> S = readScope(O.tupleElement(1), Size);
      if (!S)
        return std::nullopt;
      Out.Range = *S;
    } else if (ForSplit && O == atomTerm(atoms::Global)) {
      Out.Global = true;
    } else if (ForSplit && O == internAtom("trim")) {
      Out.Trim = true;
    } else if (ForSplit && O == internAtom("trim_all")) {
      Out.TrimAll = true;
    } else {
      return std::nullopt;
    }
  }
  return Out;
}

struct Match {
  std::size_t Pos, Len;
};

/// The leftmost match in `[From, End)`, the longest pattern winning among
/// those that start there.
std::optional<Match> findFirst(std::string_view Subject, const PatternList &Patterns,
                               std::size_t From, std::size_t End) {
  for (std::size_t Pos = From; Pos < End; ++Pos) {
    std::size_t Best = 0;
    for (const std::string &Pat : Patterns)
      if (Pat.size() > Best && Pat.size() <= End - Pos &&
          Subject.compare(Pos, Pat.size(), Pat) == 0)
        Best = Pat.size();
    if (Best)
      return Match{Pos, Best};
  }
  return std::nullopt;
}

/// Every non-overlapping match, left to right.
std::vector<Match> findAll(std::string_view Subject, const PatternList &Patterns, Scope Range,
                           bool Global) {
  std::vector<Match> Out;
  std::size_t From = Range.Begin;
  while (std::optional<Match> M = findFirst(Subject, Patterns, From, Range.End)) {
    Out.push_back(*M);
    if (!Global)
      break;
    From = M->Pos + M->Len;
  }
  return Out;
}

Term matchTerm(Process &P, Match M) {
  return makeTuple2(P, makeUnsigned(P, M.Pos), makeUnsigned(P, M.Len));
}

/// The subject as a byte string, when it is a binary (not a bitstring).
std::optional<std::string> subjectBytes(Term Subject) {
  return Subject.isBitstring() ? binaryBytes(Subject) : std::nullopt;
}

Term doMatch(Process &P, Term Subject, Term Pattern, Term Options, bool All) {
  std::optional<std::string> Bytes = subjectBytes(Subject);
  if (!Bytes)
    return P.badarg();
  std::optional<SearchOptions> Opts = readOptions(Options, Bytes->size(), false);
  std::optional<PatternList> Patterns = readPatterns(Pattern);
  if (!Opts || !Patterns)
    return P.badarg();
  std::vector<Match> Found = findAll(*Bytes, *Patterns, Opts->Range, All);
  if (!All)
    return Found.empty() ? atomTerm(atoms::Nomatch) : matchTerm(P, Found[0]);
  std::vector<Term> Terms;
  for (Match M : Found)
    Terms.push_back(matchTerm(P, M));
  return makeList(P, Terms);
}

Term doSplit(Process &P, Term Subject, Term Pattern, Term Options) {
  std::optional<std::string> Bytes = subjectBytes(Subject);
  if (!Bytes)
    return P.badarg();
  std::optional<SearchOptions> Opts = readOptions(Options, Bytes->size(), true);
  std::optional<PatternList> Patterns = readPatterns(Pattern);
  if (!Opts || !Patterns)
    return P.badarg();
  std::string_view S(*Bytes);
  std::vector<std::string_view> Parts;
  std::size_t From = 0;
  for (Match M : findAll(S, *Patterns, Opts->Range, Opts->Global)) {
    Parts.push_back(S.substr(From, M.Pos - From));
    From = M.Pos + M.Len;
  }
  Parts.push_back(S.substr(From));
  if (Opts->TrimAll)
    std::erase_if(Parts, [](std::string_view V) { return V.empty(); });
  else if (Opts->Trim)
    while (!Parts.empty() && Parts.back().empty())
      Parts.pop_back();
  std::vector<Term> Terms;
  for (std::string_view V : Parts)
    Terms.push_back(makeBinaryTerm(P, V));
  return makeList(P, Terms);
}

/// The common prefix (or suffix) length of a non-empty list of binaries.
Term commonAffix(Process &P, Term List, bool Suffix) {
  std::optional<std::vector<Term>> Elements = listElements(List);
  if (!Elements || Elements->empty())
    return P.badarg();
  std::vector<std::string> All;
  for (Term E : *Elements) {
    std::optional<std::string> Bytes = subjectBytes(E);
    if (!Bytes)
      return P.badarg();
    All.push_back(std::move(*Bytes));
  }
  std::size_t N = All[0].size();
  for (const std::string &B : All) {
    std::size_t K = 0;
    while (K < N && K < B.size() &&
           (Suffix ? B[B.size() - 1 - K] == All[0][All[0].size() - 1 - K] : B[K] == All[0][K]))
      ++K;
    N = K;
  }
  return makeUnsigned(P, N);
}

/// `big` or `little`, or nothing.
std::optional<bool> readLittle(Term Endian) {
  if (Endian == atomTerm(atoms::Big))
    return false;
  if (Endian == atomTerm(atoms::Little))
    return true;
  return std::nullopt;
}

Term decodeUnsigned(Process &P, Term Bin, Term Endian) {
  std::optional<std::string> Bytes = subjectBytes(Bin);
  std::optional<bool> Little = readLittle(Endian);
  if (!Bytes || !Little)
    return P.badarg();
  if (!*Little)
    std::reverse(Bytes->begin(), Bytes->end());
  std::vector<Word> Limbs((Bytes->size() + sizeof(Word) - 1) / sizeof(Word), 0);
  for (std::size_t I = 0; I < Bytes->size(); ++I)
    Limbs[I / sizeof(Word)] |= Word((unsigned char)(*Bytes)[I]) << (8 * (I % sizeof(Word)));
  return makeInteger(P, false, Limbs);
}

Term encodeUnsigned(Process &P, Term N, Term Endian) {
  std::optional<bool> Little = readLittle(Endian);
  if (!Little || !N.isInteger())
    return P.badarg();
  std::string Bytes; // Little-endian, minimal, at least one byte.
  if (N.isSmall()) {
    if (N.smallValue() < 0)
      return P.badarg();
    for (Word V = Word(N.smallValue()); V; V >>= 8)
      Bytes.push_back(char(V & 0xFF));
  } else {
    if (bignumIsNegative(N))
      return P.badarg();
    for (Word Limb : bignumLimbs(N))
      for (unsigned K = 0; K < sizeof(Word); ++K)
        Bytes.push_back(char((Limb >> (8 * K)) & 0xFF));
    while (!Bytes.empty() && Bytes.back() == 0)
      Bytes.pop_back();
  }
  if (Bytes.empty())
    Bytes.push_back(0);
  if (!*Little)
    std::reverse(Bytes.begin(), Bytes.end());
  return makeBinaryTerm(P, Bytes);
}

/// The byte at `Index` (from the end when `FromEnd`) of a non-empty binary.
Term byteAt(Process &P, Term Bin, Term Index, bool FromEnd = false) {
  std::optional<std::string> Bytes = subjectBytes(Bin);
  if (!Bytes || !Index.isSmall() || Index.smallValue() < 0 ||
      std::size_t(Index.smallValue()) >= Bytes->size())
    return P.badarg();
  std::size_t I = std::size_t(Index.smallValue());
  return Term::small((unsigned char)(*Bytes)[FromEnd ? Bytes->size() - 1 - I : I]);
}

} // namespace

namespace beamr::bifs {

Term binary_part_2(Process &P, const Term *Args);
Term binary_part_3(Process &P, const Term *Args);
Term list_to_binary_1(Process &P, const Term *Args);

Term binary_compile_pattern_1(Process &P, const Term *Args) {
  std::optional<PatternList> Patterns = readPatterns(Args[0]);
  if (!Patterns || Args[0].isTuple())
    return P.badarg();
  bool Single = Args[0].isBitstring();
  return makeTuple2(P, internAtom(Single ? "bm" : "am"), Args[0]);
}

Term binary_match_2(Process &P, const Term *Args) {
  return doMatch(P, Args[0], Args[1], Term::nil(), false);
}
Term binary_match_3(Process &P, const Term *Args) {
  return doMatch(P, Args[0], Args[1], Args[2], false);
}
Term binary_matches_2(Process &P, const Term *Args) {
  return doMatch(P, Args[0], Args[1], Term::nil(), true);
}
Term binary_matches_3(Process &P, const Term *Args) {
  return doMatch(P, Args[0], Args[1], Args[2], true);
}
Term binary_split_2(Process &P, const Term *Args) {
  return doSplit(P, Args[0], Args[1], Term::nil());
}
Term binary_split_3(Process &P, const Term *Args) { return doSplit(P, Args[0], Args[1], Args[2]); }

Term binary_part_2_(Process &P, const Term *Args) {
  if (!Args[0].isBitstring())
    return P.badarg();
  return binary_part_2(P, Args);
}
Term binary_part_3_(Process &P, const Term *Args) {
  if (!Args[0].isBitstring())
    return P.badarg();
  return binary_part_3(P, Args);
}

Term binary_at_2(Process &P, const Term *Args) { return byteAt(P, Args[0], Args[1]); }
Term binary_first_1(Process &P, const Term *Args) {
  return byteAt(P, Args[0], Term::small(0));
}
Term binary_last_1(Process &P, const Term *Args) {
  return byteAt(P, Args[0], Term::small(0), true);
}

Term binary_copy_2(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = subjectBytes(Args[0]);
  Term N = Args[1];
  if (!Bytes || !N.isSmall() || N.smallValue() < 0)
    return P.badarg();
  std::string Out;
  Out.reserve(Bytes->size() * std::size_t(N.smallValue()));
  for (SWord I = 0; I < N.smallValue(); ++I)
    Out += *Bytes;
  return makeBinaryTerm(P, Out);
}
Term binary_copy_1(Process &P, const Term *Args) {
  Term Two[] = {Args[0], Term::small(1)};
  return binary_copy_2(P, Two);
}

Term binary_referenced_byte_size_1(Process &P, const Term *Args) {
  Term Bin = Args[0];
  if (!Bin.isBitstring())
    return P.badarg();
  if (Bin.isBoxedKind(HeaderKind::SubBinary))
    Bin = Term::fromRaw(reinterpret_cast<const SubBinary *>(Bin.boxedObject() + 1)->Original);
  return makeUnsigned(P, (viewBitstring(Bin).BitSize + 7) / 8);
}

Term binary_list_to_bin_1(Process &P, const Term *Args) { return list_to_binary_1(P, Args); }

Term binary_longest_common_prefix_1(Process &P, const Term *Args) {
  return commonAffix(P, Args[0], false);
}
Term binary_longest_common_suffix_1(Process &P, const Term *Args) {
  return commonAffix(P, Args[0], true);
}

Term binary_decode_unsigned_1(Process &P, const Term *Args) {
  return decodeUnsigned(P, Args[0], atomTerm(atoms::Big));
}
Term binary_decode_unsigned_2(Process &P, const Term *Args) {
  return decodeUnsigned(P, Args[0], Args[1]);
}
Term binary_encode_unsigned_1(Process &P, const Term *Args) {
  return encodeUnsigned(P, Args[0], atomTerm(atoms::Big));
}
Term binary_encode_unsigned_2(Process &P, const Term *Args) {
  return encodeUnsigned(P, Args[0], Args[1]);
}

} // namespace beamr::bifs
