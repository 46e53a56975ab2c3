//===- lib/Runtime/BifRe.cpp - The re module's native functions -----------===//
///
/// \file
/// `re:version/0`, `compile/1,2`, `run/2,3`, `internal_run/4` and
/// `inspect/2` on PCRE2 (8-bit code units); OTP's re.beam builds
/// `replace`/`split` on top of them.
///
/// A compiled pattern is erl's shape `{re_pattern, Groups, Unicode, CRLF,
/// Bin}`, where `Bin` holds what compiling needs (a magic tag, the PCRE2
/// compile options, newline and \R conventions, then the pattern bytes), so
/// the term can be copied between processes and stored like any other. Code
/// compiled from it is cached per thread. `Bin`'s bytes differ from erl's
/// (which serialises PCRE 8.44's own code).
///
/// erl 25 bundles PCRE 8.44; PCRE2 compiles the same pattern language. The
/// compile error messages of the common errors are given in PCRE 8's words
/// (`"missing )"`), as erl reports them; other errors keep PCRE2's text.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

using namespace beamr;

namespace {

struct ReAtoms {
  Term RePattern, Match, Nomatch, Global, Capture, All, AllButFirst, First, None, AllNames, Index,
      List, Binary, Offset, MatchLimit, MatchLimitRecursion, Newline, ReportErrors, Compile,
      Namelist, Unicode, Anchored, Notbol, Noteol, Notempty, NotemptyAtstart, Caseless,
      DollarEndonly, Dotall, Extended, Firstline, Multiline, NoAutoCapture, Dupnames, Ungreedy,
      BsrAnycrlf, BsrUnicode, NoStartOptimize, Ucp, NeverUtf, Cr, Lf, Crlf, Anycrlf, Any, Error,
      Ok;
  static const ReAtoms &get() {
    static const ReAtoms A = [] {
      auto At = [](const char *N) { return internAtom(N); };
      return ReAtoms{At("re_pattern"), At("match"), At("nomatch"), At("global"), At("capture"),
                     At("all"), At("all_but_first"), At("first"), At("none"), At("all_names"),
                     At("index"), At("list"), At("binary"), At("offset"), At("match_limit"),
                     At("match_limit_recursion"), At("newline"), At("report_errors"),
                     At("compile"), At("namelist"), At("unicode"), At("anchored"), At("notbol"),
                     At("noteol"), At("notempty"), At("notempty_atstart"), At("caseless"),
                     At("dollar_endonly"), At("dotall"), At("extended"), At("firstline"),
                     At("multiline"), At("no_auto_capture"), At("dupnames"), At("ungreedy"),
                     At("bsr_anycrlf"), At("bsr_unicode"), At("no_start_optimize"), At("ucp"),
                     At("never_utf"), At("cr"), At("lf"), At("crlf"), At("anycrlf"), At("any"),
                     At("error"), At("ok")};
    }();
    return A;
  }
};

constexpr char Magic[4] = {'B', 'R', 'E', '1'};

/// What `compile` options say.
struct CompileSpec {
  std::uint32_t Options = 0;
  std::uint32_t Newline = 0; ///< 0: PCRE2's default (LF).
  std::uint32_t Bsr = 0;     ///< 0: default.
  bool Unicode = false;
};

/// Reads one compile option into `C`; false if `O` is none.
bool readCompileOption(Term O, CompileSpec &C) {
  const ReAtoms &A = ReAtoms::get();
  static const std::pair<Term ReAtoms::*, std::uint32_t> Flags[] = {
      {&ReAtoms::Anchored, PCRE2_ANCHORED},
      {&ReAtoms::Caseless, PCRE2_CASELESS},
      {&ReAtoms::DollarEndonly, PCRE2_DOLLAR_ENDONLY},
      {&ReAtoms::Dotall, PCRE2_DOTALL},
      {&ReAtoms::Extended, PCRE2_EXTENDED},
      {&ReAtoms::Firstline, PCRE2_FIRSTLINE},
      {&ReAtoms::Multiline, PCRE2_MULTILINE},
      {&ReAtoms::NoAutoCapture, PCRE2_NO_AUTO_CAPTURE},
      {&ReAtoms::Dupnames, PCRE2_DUPNAMES},
      {&ReAtoms::Ungreedy, PCRE2_UNGREEDY},
      {&ReAtoms::NoStartOptimize, PCRE2_NO_START_OPTIMIZE},
      {&ReAtoms::Ucp, PCRE2_UCP},
      {&ReAtoms::NeverUtf, PCRE2_NEVER_UTF},
  };
  for (auto [Atom, Flag] : Flags)
    if (O == A.*Atom) {
      C.Options |= Flag;
      return true;
    }
  if (O == A.Unicode) {
    C.Unicode = true;
    C.Options |= PCRE2_UTF;
    return true;
  }
  if (O == A.BsrAnycrlf || O == A.BsrUnicode) {
    C.Bsr = O == A.BsrAnycrlf ? PCRE2_BSR_ANYCRLF : PCRE2_BSR_UNICODE;
    return true;
  }
  if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == A.Newline) {
    Term N = O.tupleElement(1);
    if (N == A.Cr)
      C.Newline = PCRE2_NEWLINE_CR;
    else if (N == A.Lf)
      C.Newline = PCRE2_NEWLINE_LF;
    else if (N == A.Crlf)
      C.Newline = PCRE2_NEWLINE_CRLF;
    else if (N == A.Anycrlf)
      C.Newline = PCRE2_NEWLINE_ANYCRLF;
    else if (N == A.Any)
      C.Newline = PCRE2_NEWLINE_ANY;
    else
      return false;
    return true;
  }
  return false;
}

bool crlfNewline(std::uint32_t Newline) {
  return Newline == PCRE2_NEWLINE_CRLF || Newline == PCRE2_NEWLINE_ANYCRLF ||
         Newline == PCRE2_NEWLINE_ANY;
}

/// The bytes of `Bin` of a compiled pattern: the spec and the pattern.
std::string encodeSpec(const CompileSpec &C, std::string_view Pattern) {
  std::string S(Magic, 4);
  for (std::uint32_t V : {C.Options, C.Newline, C.Bsr})
    S.append(reinterpret_cast<const char *>(&V), 4);
  S += Pattern;
  return S;
}

struct CodeDeleter {
  void operator()(pcre2_code *C) const { pcre2_code_free(C); }
};
using CodePtr = std::unique_ptr<pcre2_code, CodeDeleter>;

/// PCRE 8's words for the errors erl users meet most.
const char *pcre1Message(int Code) {
  switch (Code) {
  case 101:
    return "\\ at end of pattern";
  case 104:
    return "numbers out of order in {} quantifier";
  case 105:
    return "number too big in {} quantifier";
  case 106:
    return "missing terminating ] for character class";
  case 108:
    return "range out of order in character class";
  case 109:
    return "nothing to repeat";
  case 114:
    return "missing )";
  case 115:
    return "reference to non-existent subpattern";
  case 122:
    return "unmatched parentheses";
  case 143:
    return "two named subpatterns have the same name";
  case 142:
    return "syntax error in subpattern name (missing terminator)";
  default:
    return nullptr;
  }
}

struct CompileError {
  std::string Message;
  std::size_t Offset;
};

/// Character tables for Latin-1, as erl's PCRE uses: the letters of
/// 0xC0-0xFF (and ª µ º) are word characters, with their case partners.
/// PCRE2's own tables for the C locale are patched (layout of
/// pcre2_maketables: lower-case map, flip-case map, 10 class bitmaps of 32
/// bytes, then a type byte per character).
const unsigned char *latin1Tables() {
  static const unsigned char *Tables = [] {
    const unsigned char *Base = pcre2_maketables(nullptr);
    auto *T = new unsigned char[1088];
    std::memcpy(T, Base, 1088);
    pcre2_maketables_free(nullptr, Base);
    unsigned char *Lcc = T, *Fcc = T + 256, *Cbits = T + 512, *Ctypes = T + 832;
    enum { Upper = 96, Lower = 128, Word = 160, Graph = 192, Print = 224 };
    auto SetBit = [&](unsigned Map, unsigned C) { Cbits[Map + C / 8] |= 1 << (C % 8); };
    for (unsigned C = 0xAA; C <= 0xFF; ++C) {
      bool IsUpper = (C >= 0xC0 && C <= 0xDE && C != 0xD7);
      bool IsLower = (C >= 0xDF && C != 0xF7) || C == 0xAA || C == 0xB5 || C == 0xBA;
      if (!IsUpper && !IsLower)
        continue;
      Ctypes[C] |= 0x02 | 0x10 | (IsLower ? 0x04 : 0);
      SetBit(IsUpper ? Upper : Lower, C);
      SetBit(Word, C);
      SetBit(Graph, C);
      SetBit(Print, C);
      bool Paired = (C >= 0xC0 && C <= 0xDE && C != 0xD7) || (C >= 0xE0 && C <= 0xFE && C != 0xF7);
      unsigned Other = Paired ? (IsUpper ? C + 32 : C - 32) : C;
      Lcc[C] = (unsigned char)(IsUpper ? Other : C);
      Fcc[C] = (unsigned char)Other;
    }
    return T;
  }();
  return Tables;
}

/// Compiles (or finds in this thread's cache) the code of a spec string.
pcre2_code *codeFor(const std::string &Spec, CompileError *Err) {
  thread_local std::unordered_map<std::string, CodePtr> Cache;
  auto It = Cache.find(Spec);
  if (It != Cache.end())
    return It->second.get();
  std::uint32_t Options, Newline, Bsr;
  std::memcpy(&Options, Spec.data() + 4, 4);
  std::memcpy(&Newline, Spec.data() + 8, 4);
  std::memcpy(&Bsr, Spec.data() + 12, 4);
  pcre2_compile_context *Ctx = pcre2_compile_context_create(nullptr);
  pcre2_set_character_tables(Ctx, latin1Tables());
  if (Newline)
    pcre2_set_newline(Ctx, Newline);
  if (Bsr)
    pcre2_set_bsr(Ctx, Bsr);
  int Code;
  PCRE2_SIZE Offset;
  pcre2_code *C = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(Spec.data() + 16), Spec.size() - 16,
                                Options, &Code, &Offset, Ctx);
  pcre2_compile_context_free(Ctx);
  if (!C) {
    if (Err) {
      if (const char *Old = pcre1Message(Code)) {
        Err->Message = Old;
      } else {
        PCRE2_UCHAR Buf[256];
        pcre2_get_error_message(Code, Buf, sizeof Buf);
        Err->Message = reinterpret_cast<const char *>(Buf);
      }
      Err->Offset = Offset;
    }
    return nullptr;
  }
  if (Cache.size() >= 512)
    Cache.clear();
  pcre2_code *Raw = C;
  Cache.emplace(Spec, CodePtr(C));
  return Raw;
}

std::uint32_t captureCount(pcre2_code *C) {
  std::uint32_t N = 0;
  pcre2_pattern_info(C, PCRE2_INFO_CAPTURECOUNT, &N);
  return N;
}

/// Named groups as (name, number), in name order (PCRE2's table order).
std::vector<std::pair<std::string, std::uint32_t>> namedGroups(pcre2_code *C) {
  std::uint32_t Count = 0, EntrySize = 0;
  PCRE2_SPTR Table = nullptr;
  pcre2_pattern_info(C, PCRE2_INFO_NAMECOUNT, &Count);
  pcre2_pattern_info(C, PCRE2_INFO_NAMEENTRYSIZE, &EntrySize);
  pcre2_pattern_info(C, PCRE2_INFO_NAMETABLE, &Table);
  std::vector<std::pair<std::string, std::uint32_t>> Out;
  for (std::uint32_t I = 0; I < Count; ++I) {
    PCRE2_SPTR E = Table + I * EntrySize;
    Out.push_back({reinterpret_cast<const char *>(E + 2), std::uint32_t(E[0] << 8 | E[1])});
  }
  return Out;
}

/// The bytes of a subject or pattern: a binary as is; a list as UTF-8
/// (`Unicode`) or as Latin-1 iodata.
std::optional<std::string> inputBytes(Term T, bool Unicode) {
  std::string Out;
  if (T.isBitstring()) {
    std::optional<std::string> B = binaryBytes(T);
    return B;
  }
  if (!Unicode) {
    if (!appendIolist(Out, T))
      return std::nullopt;
    return Out;
  }
  // Chardata: code points and binaries (UTF-8), nested.
  std::vector<Term> Stack{T};
  while (!Stack.empty()) {
    Term Cur = Stack.back();
    Stack.pop_back();
    if (Cur.isNil())
      continue;
    if (Cur.isBitstring()) {
      std::optional<std::string> B = binaryBytes(Cur);
      if (!B)
        return std::nullopt;
      Out += *B;
      continue;
    }
    if (!Cur.isCons())
      return std::nullopt;
    Stack.push_back(Cur.tail());
    Term H = Cur.head();
    if (H.isSmall()) {
      SWord C = H.smallValue();
      if (C < 0 || C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
        return std::nullopt;
      appendUtf8(Out, char32_t(C));
    } else {
      Stack.push_back(H);
    }
  }
  return Out;
}

/// A pattern argument: a compiled `{re_pattern, ...}` or source text
/// compiled with `Spec`'s options. Returns the spec string, or nothing for
/// a badarg.
std::optional<std::string> patternSpec(Term RE, CompileSpec &Spec, bool &Precompiled) {
  const ReAtoms &A = ReAtoms::get();
  Precompiled = false;
  if (RE.isTuple() && RE.tupleArity() == 5 && RE.tupleElement(0) == A.RePattern) {
    std::optional<std::string> Bin =
        RE.tupleElement(4).isBitstring() ? binaryBytes(RE.tupleElement(4)) : std::nullopt;
    if (!Bin || Bin->size() < 16 || std::memcmp(Bin->data(), Magic, 4) != 0)
      return std::nullopt;
    Precompiled = true;
    std::memcpy(&Spec.Options, Bin->data() + 4, 4);
    std::memcpy(&Spec.Newline, Bin->data() + 8, 4);
    Spec.Unicode = Spec.Options & PCRE2_UTF;
    return Bin;
  }
  std::optional<std::string> Source = inputBytes(RE, Spec.Unicode);
  if (!Source)
    return std::nullopt;
  return encodeSpec(Spec, *Source);
}

Term compileResult(Process &P, Term Pattern, Term Options) {
  const ReAtoms &A = ReAtoms::get();
  CompileSpec Spec;
  std::optional<std::vector<Term>> Opts = listElements(Options);
  if (!Opts)
    return P.badarg();
  for (Term O : *Opts)
    if (!readCompileOption(O, Spec))
      return P.badarg();
  std::optional<std::string> Source = inputBytes(Pattern, Spec.Unicode);
  if (!Source || (Pattern.isTuple()))
    return P.badarg();
  std::string S = encodeSpec(Spec, *Source);
  CompileError Err;
  pcre2_code *C = codeFor(S, &Err);
  if (!C)
    return makeTuple2(P, A.Error,
                      makeTuple2(P, makeByteListTerm(P, Err.Message), makeInteger(P, SWord(Err.Offset))));
  Term Elems[] = {A.RePattern, Term::small(captureCount(C)), Term::small(Spec.Unicode ? 1 : 0),
                  Term::small(crlfNewline(Spec.Newline) ? 1 : 0), makeBinaryTerm(P, S)};
  return makeTuple2(P, A.Ok, makeTuple(P, Elems));
}

enum class CaptureType { Index, List, Binary };

struct RunSpec {
  std::uint32_t MatchFlags = 0;
  bool Global = false, ReportErrors = false;
  std::size_t Offset = 0;
  std::optional<std::uint32_t> MatchLimit, DepthLimit;
  Term Values;     ///< all, all_but_first, first, none, all_names or a list.
  CaptureType Type = CaptureType::Index;
};

/// Which groups a capture spec selects (-1: a name or number that is no
/// group, reported as unset).
std::optional<std::vector<long>> selectedGroups(Term Values, pcre2_code *C) {
  const ReAtoms &A = ReAtoms::get();
  std::uint32_t N = captureCount(C);
  std::vector<long> G;
  if (Values == A.All) {
    for (std::uint32_t I = 0; I <= N; ++I)
      G.push_back(I);
  } else if (Values == A.AllButFirst) {
    for (std::uint32_t I = 1; I <= N; ++I)
      G.push_back(I);
  } else if (Values == A.First) {
    G.push_back(0);
  } else if (Values == A.None) {
  } else if (Values == A.AllNames) {
    for (auto &[Name, Number] : namedGroups(C))
      G.push_back(Number);
  } else {
    std::optional<std::vector<Term>> Items = listElements(Values);
    if (!Items)
      return std::nullopt;
    for (Term V : *Items) {
      if (V.isSmall()) {
        SWord I = V.smallValue();
        if (I < 0)
          return std::nullopt;
        G.push_back(I <= SWord(N) ? long(I) : -1);
        continue;
      }
      std::string Name;
      if (V.isAtom())
        Name = std::string(AtomTable::get().name(V));
      else if (std::optional<std::string> B = inputBytes(V, true))
        Name = *B;
      else
        return std::nullopt;
      int Number = pcre2_substring_number_from_name(C, reinterpret_cast<PCRE2_SPTR>(Name.c_str()));
      G.push_back(Number > 0 ? Number : -1);
    }
  }
  return G;
}

/// One match's captured values as a list.
Term capturedList(Process &P, const std::vector<long> &Groups, const PCRE2_SIZE *Ov,
                  std::uint32_t Pairs, const std::string &Subject, CaptureType Type,
                  bool Unicode) {
  std::vector<Term> Out;
  for (long G : Groups) {
    bool Set = G >= 0 && std::uint32_t(G) < Pairs && Ov[2 * G] != PCRE2_UNSET;
    PCRE2_SIZE Start = Set ? Ov[2 * G] : 0, End = Set ? Ov[2 * G + 1] : 0;
    switch (Type) {
    case CaptureType::Index:
      Out.push_back(Set ? makeTuple2(P, makeInteger(P, SWord(Start)), makeInteger(P, SWord(End - Start)))
                        : makeTuple2(P, Term::small(-1), Term::small(0)));
      break;
    case CaptureType::Binary:
      Out.push_back(makeBinaryTerm(P, std::string_view(Subject).substr(Start, End - Start)));
      break;
    case CaptureType::List: {
      std::string_view Part = std::string_view(Subject).substr(Start, End - Start);
      if (Unicode) {
        std::optional<std::u32string> Chars = decodeUtf8(Part);
        Out.push_back(Chars ? makeCodePointList(P, *Chars) : makeByteListTerm(P, Part));
      } else {
        Out.push_back(makeByteListTerm(P, Part));
      }
      break;
    }
    }
  }
  return makeList(P, Out);
}

/// `re:run/3` (and `internal_run/4`).
Term runRegex(Process &P, Term SubjectTerm, Term RE, Term Options) {
  const ReAtoms &A = ReAtoms::get();
  std::optional<std::vector<Term>> Opts = listElements(Options);
  if (!Opts)
    return P.badarg();
  CompileSpec CSpec;
  bool AnyCompileOption = false;
  RunSpec R;
  R.Values = A.All;
  for (Term O : *Opts) {
    if (O == A.Global) {
      R.Global = true;
    } else if (O == A.ReportErrors) {
      R.ReportErrors = true;
    } else if (O == A.Notbol) {
      R.MatchFlags |= PCRE2_NOTBOL;
    } else if (O == A.Noteol) {
      R.MatchFlags |= PCRE2_NOTEOL;
    } else if (O == A.Notempty) {
      R.MatchFlags |= PCRE2_NOTEMPTY;
    } else if (O == A.NotemptyAtstart) {
      R.MatchFlags |= PCRE2_NOTEMPTY_ATSTART;
    } else if (O == A.Anchored) {
      R.MatchFlags |= PCRE2_ANCHORED;
    } else if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(0) == A.Offset) {
      Term N = O.tupleElement(1);
      if (!N.isSmall() || N.smallValue() < 0)
        return P.badarg();
      R.Offset = std::size_t(N.smallValue());
    } else if (O.isTuple() && O.tupleArity() == 2 &&
               (O.tupleElement(0) == A.MatchLimit || O.tupleElement(0) == A.MatchLimitRecursion)) {
      Term N = O.tupleElement(1);
      if (!N.isSmall() || N.smallValue() < 0)
        return P.badarg();
      std::uint32_t Limit = std::uint32_t(std::min<SWord>(N.smallValue(), 0xFFFFFFFF));
      (O.tupleElement(0) == A.MatchLimit ? R.MatchLimit : R.DepthLimit) = Limit;
    } else if (O.isTuple() && (O.tupleArity() == 2 || O.tupleArity() == 3) &&
               O.tupleElement(0) == A.Capture) {
      R.Values = O.tupleElement(1);
      if (O.tupleArity() == 3) {
        Term T = O.tupleElement(2);
        if (T == A.Index)
          R.Type = CaptureType::Index;
        else if (T == A.List)
          R.Type = CaptureType::List;
        else if (T == A.Binary)
          R.Type = CaptureType::Binary;
        else
          return P.badarg();
      }
    } else if (readCompileOption(O, CSpec)) {
      // A compiled pattern still takes newline and \R conventions.
      bool Convention = (O.isTuple() && O.tupleElement(0) == A.Newline) || O == A.BsrAnycrlf ||
                        O == A.BsrUnicode;
      AnyCompileOption |= !Convention;
    } else {
      return P.badarg();
    }
  }
  bool Precompiled;
  std::optional<std::string> Spec = patternSpec(RE, CSpec, Precompiled);
  if (!Spec)
    return P.badarg();
  // Compile options a compiled pattern can no longer take.
  if (Precompiled && AnyCompileOption)
    return P.badarg();
  CompileError Err;
  pcre2_code *Code = codeFor(*Spec, &Err);
  if (!Code) {
    if (!R.ReportErrors)
      return P.badarg();
    Term Detail = makeTuple2(P, makeByteListTerm(P, Err.Message), makeInteger(P, SWord(Err.Offset)));
    return makeTuple2(P, A.Error, makeTuple2(P, A.Compile, Detail));
  }
  bool Unicode = CSpec.Unicode;
  std::optional<std::string> Subject = inputBytes(SubjectTerm, Unicode);
  if (!Subject || R.Offset > Subject->size())
    return P.badarg();
  std::optional<std::vector<long>> Groups = selectedGroups(R.Values, Code);
  if (!Groups)
    return P.badarg();

  pcre2_match_context *MCtx = pcre2_match_context_create(nullptr);
  if (R.MatchLimit)
    pcre2_set_match_limit(MCtx, *R.MatchLimit);
  if (R.DepthLimit)
    pcre2_set_depth_limit(MCtx, *R.DepthLimit);
  pcre2_match_data *MD = pcre2_match_data_create_from_pattern(Code, nullptr);
  auto Cleanup = [&] {
    pcre2_match_data_free(MD);
    pcre2_match_context_free(MCtx);
  };
  std::uint32_t Newline = 0;
  pcre2_pattern_info(Code, PCRE2_INFO_NEWLINE, &Newline);
  bool CrlfNl = crlfNewline(Newline);

  std::vector<Term> Matches;
  std::size_t Pos = R.Offset;
  std::uint32_t Extra = 0;
  auto Subj = reinterpret_cast<PCRE2_SPTR>(Subject->data());
  for (;;) {
    int RC = pcre2_match(Code, Subj, Subject->size(), Pos, R.MatchFlags | Extra, MD, MCtx);
    if (RC == PCRE2_ERROR_NOMATCH) {
      if (Extra && Pos < Subject->size()) {
        // The empty match cannot be followed by a non-empty one here:
        // step one character (a CRLF pair, a whole UTF-8 sequence).
        if (CrlfNl && (*Subject)[Pos] == '\r' && Pos + 1 < Subject->size() && (*Subject)[Pos + 1] == '\n')
          Pos += 2;
        else {
          ++Pos;
          while (Unicode && Pos < Subject->size() && ((unsigned char)(*Subject)[Pos] & 0xC0) == 0x80)
            ++Pos;
        }
        Extra = 0;
        continue;
      }
      break;
    }
    if (RC < 0) {
      Cleanup();
      if (RC == PCRE2_ERROR_MATCHLIMIT || RC == PCRE2_ERROR_DEPTHLIMIT ||
          RC == PCRE2_ERROR_HEAPLIMIT) {
        if (!R.ReportErrors)
          return A.Nomatch;
        return makeTuple2(P, A.Error,
                          RC == PCRE2_ERROR_MATCHLIMIT ? A.MatchLimit : A.MatchLimitRecursion);
      }
      return P.badarg(); // Invalid UTF-8 subject and the like.
    }
    PCRE2_SIZE *Ov = pcre2_get_ovector_pointer(MD);
    std::uint32_t Pairs = pcre2_get_ovector_count(MD);
    // `all` and `all_but_first` stop at the last group that matched, as
    // erl reports them.
    std::vector<long> Used = *Groups;
    if (R.Values == A.All || R.Values == A.AllButFirst)
      Used.erase(std::remove_if(Used.begin(), Used.end(), [RC](long G) { return G >= RC; }),
                 Used.end());
    Matches.push_back(capturedList(P, Used, Ov, Pairs, *Subject, R.Type, Unicode));
    if (!R.Global)
      break;
    Extra = Ov[0] == Ov[1] ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
    Pos = Ov[1];
  }
  Cleanup();
  if (Matches.empty())
    return A.Nomatch;
  if (R.Values == A.None)
    return A.Match;
  return makeTuple2(P, A.Match, R.Global ? makeList(P, Matches) : Matches[0]);
}

} // namespace

namespace beamr::bifs {

Term re_version_0(Process &P, const Term *) {
  char Buf[64];
  pcre2_config(PCRE2_CONFIG_VERSION, Buf);
  return makeBinaryTerm(P, Buf);
}
Term re_compile_1(Process &P, const Term *Args) { return compileResult(P, Args[0], Term::nil()); }
Term re_compile_2(Process &P, const Term *Args) { return compileResult(P, Args[0], Args[1]); }
Term re_run_2(Process &P, const Term *Args) { return runRegex(P, Args[0], Args[1], Term::nil()); }
Term re_run_3(Process &P, const Term *Args) { return runRegex(P, Args[0], Args[1], Args[2]); }
Term re_internal_run_4(Process &P, const Term *Args) {
  return runRegex(P, Args[0], Args[1], Args[2]);
}
Term re_inspect_2(Process &P, const Term *Args) {
  const ReAtoms &A = ReAtoms::get();
  CompileSpec Spec;
  bool Precompiled;
  std::optional<std::string> S = patternSpec(Args[0], Spec, Precompiled);
  if (!S || !Precompiled || Args[1] != A.Namelist)
    return P.badarg();
  pcre2_code *C = codeFor(*S, nullptr);
  if (!C)
    return P.badarg();
  std::vector<Term> Names;
  for (auto &[Name, Number] : namedGroups(C))
    Names.push_back(makeBinaryTerm(P, Name));
  return makeTuple2(P, A.Namelist, makeList(P, Names));
}

} // namespace beamr::bifs
