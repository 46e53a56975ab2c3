//===- lib/Runtime/BifSupport.cpp - Helpers shared by the BIF files -------===//
///
/// \file
/// List, string and iolist readers for the BIFs. All walks are iterative so
/// deep or long terms never overflow the C stack.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/IoServer.h"

#include <cerrno>
#include <unistd.h>

using namespace beamr;

Term beamr::internAtom(std::string_view Text) {
  std::optional<Term> A = AtomTable::get().intern(Text);
  assert(A && "VM atom names are valid");
  return *A;
}

std::optional<std::vector<Term>> beamr::listElements(Term List) {
  std::vector<Term> Out;
  for (; List.isCons(); List = List.tail())
    Out.push_back(List.head());
  if (!List.isNil())
    return std::nullopt;
  return Out;
}

std::optional<std::size_t> beamr::properLength(Term List) {
  std::size_t N = 0;
  for (; List.isCons(); List = List.tail())
    ++N;
  if (!List.isNil())
    return std::nullopt;
  return N;
}

std::optional<std::string> beamr::listToLatin1(Term List) {
  std::string Out;
  for (; List.isCons(); List = List.tail()) {
    Term H = List.head();
    if (!H.isSmall() || H.smallValue() < 0 || H.smallValue() > 255)
      return std::nullopt;
    Out.push_back(char(H.smallValue()));
  }
  if (!List.isNil())
    return std::nullopt;
  return Out;
}

static bool isCodePoint(SWord C) { return C >= 0 && C <= 0x10FFFF && !(C >= 0xD800 && C <= 0xDFFF); }

std::optional<std::u32string> beamr::listToCodePoints(Term List) {
  std::u32string Out;
  for (; List.isCons(); List = List.tail()) {
    Term H = List.head();
    if (!H.isSmall() || !isCodePoint(H.smallValue()))
      return std::nullopt;
    Out.push_back(char32_t(H.smallValue()));
  }
  if (!List.isNil())
    return std::nullopt;
  return Out;
}

void beamr::appendUtf8(std::string &Out, char32_t C) {
  if (C < 0x80) {
    Out.push_back(char(C));
  } else if (C < 0x800) {
    Out.push_back(char(0xC0 | (C >> 6)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  } else if (C < 0x10000) {
    Out.push_back(char(0xE0 | (C >> 12)));
    Out.push_back(char(0x80 | ((C >> 6) & 0x3F)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  } else {
    Out.push_back(char(0xF0 | (C >> 18)));
    Out.push_back(char(0x80 | ((C >> 12) & 0x3F)));
    Out.push_back(char(0x80 | ((C >> 6) & 0x3F)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  }
}

std::optional<std::u32string> beamr::decodeUtf8(std::string_view Bytes) {
  std::u32string Out;
  std::size_t I = 0;
  while (I < Bytes.size()) {
    unsigned char B = Bytes[I];
    unsigned Len = B < 0x80 ? 1 : (B & 0xE0) == 0xC0 ? 2 : (B & 0xF0) == 0xE0 ? 3 : (B & 0xF8) == 0xF0 ? 4 : 0;
    if (Len == 0 || I + Len > Bytes.size())
      return std::nullopt;
    char32_t C = Len == 1 ? B : B & (0x7F >> Len);
    for (unsigned K = 1; K < Len; ++K) {
      unsigned char Next = Bytes[I + K];
      if ((Next & 0xC0) != 0x80)
        return std::nullopt;
      C = C << 6 | (Next & 0x3F);
    }
    static constexpr char32_t MinOf[] = {0, 0, 0x80, 0x800, 0x10000};
    if (C < MinOf[Len] || !isCodePoint(C))
      return std::nullopt;
    Out.push_back(C);
    I += Len;
  }
  return Out;
}

bool beamr::appendBinaryBytes(std::string &Out, Term Bin) {
  if (!Bin.isBitstring())
    return false;
  BitstringView V = viewBitstring(Bin);
  if (!V.isBinary())
    return false;
  Word Size = V.BitSize / 8;
  if (V.isByteAligned()) {
    Out.append(reinterpret_cast<const char *>(V.Base + V.BitOffset / 8), Size);
    return true;
  }
  for (Word I = 0; I < Size; ++I)
    Out.push_back(char(V.byteAt(I)));
  return true;
}

std::optional<std::string> beamr::binaryBytes(Term Bin) {
  std::string Out;
  if (!appendBinaryBytes(Out, Bin))
    return std::nullopt;
  return Out;
}

bool beamr::appendIolist(std::string &Out, Term IoList) {
  std::vector<Term> Pending; // Tails still to walk, innermost last.
  Term Cur = IoList;
  for (;;) {
    if (Cur.isCons()) {
      Term H = Cur.head();
      Pending.push_back(Cur.tail());
      if (H.isSmall()) {
        if (H.smallValue() < 0 || H.smallValue() > 255)
          return false;
        Out.push_back(char(H.smallValue()));
        Cur = Pending.back();
        Pending.pop_back();
        continue;
      }
      if (!H.isCons() && !H.isNil() && !H.isBitstring())
        return false;
      Cur = H;
      continue;
    }
    if (Cur.isBitstring()) {
      if (!appendBinaryBytes(Out, Cur))
        return false;
    } else if (!Cur.isNil()) {
      return false;
    }
    if (Pending.empty())
      return true;
    Cur = Pending.back();
    Pending.pop_back();
  }
}

Term beamr::makeByteListTerm(Process &P, std::string_view Bytes, Term Tail) {
  Term L = Tail;
  for (std::size_t I = Bytes.size(); I-- > 0;)
    L = makeCons(P, Term::small((unsigned char)Bytes[I]), L);
  return L;
}

Term beamr::makeCodePointList(Process &P, std::u32string_view Chars, Term Tail) {
  Term L = Tail;
  for (std::size_t I = Chars.size(); I-- > 0;)
    L = makeCons(P, Term::small(SWord(Chars[I])), L);
  return L;
}

Term beamr::makeTuple2(Process &P, Term A, Term B) {
  Term E[] = {A, B};
  return makeTuple(P, E);
}

Term beamr::makeTuple3(Process &P, Term A, Term B, Term C) {
  Term E[] = {A, B, C};
  return makeTuple(P, E);
}

bool beamr::writeFully(int Fd, std::string_view Bytes) {
  std::size_t Done = 0;
  while (Done < Bytes.size()) {
    ssize_t N = ::write(Fd, Bytes.data() + Done, Bytes.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return false;
    Done += std::size_t(N);
  }
  return true;
}

std::optional<std::string> beamr::nativeText(Term Name) {
  if (Name.isBitstring())
    return binaryBytes(Name);
  std::optional<std::u32string> Chars = listToCodePoints(Name);
  if (!Chars)
    return std::nullopt;
  std::string Out;
  bool Utf8 = nativeEncodingIsUtf8();
  for (char32_t C : *Chars) {
    if (C == 0 || (!Utf8 && C > 0xFF))
      return std::nullopt;
    if (Utf8)
      appendUtf8(Out, C);
    else
      Out += char(C);
  }
  return Out;
}

Term beamr::posixAtom(int Err) {
  const char *Name = "eio";
  switch (Err) {
#define BEAMR_ERRNO(E, N)                                                                          \
  case E:                                                                                          \
    Name = N;                                                                                      \
    break;
    BEAMR_ERRNO(ENOENT, "enoent")
    BEAMR_ERRNO(EACCES, "eacces")
    BEAMR_ERRNO(EEXIST, "eexist")
    BEAMR_ERRNO(EISDIR, "eisdir")
    BEAMR_ERRNO(ENOTDIR, "enotdir")
    BEAMR_ERRNO(ENOTEMPTY, "eexist") // erl reports a non-empty directory as eexist.
    BEAMR_ERRNO(EPERM, "eperm")
    BEAMR_ERRNO(EBADF, "ebadf")
    BEAMR_ERRNO(EINVAL, "einval")
    BEAMR_ERRNO(ENOSPC, "enospc")
    BEAMR_ERRNO(EROFS, "erofs")
    BEAMR_ERRNO(EXDEV, "exdev")
    BEAMR_ERRNO(ELOOP, "eloop")
    BEAMR_ERRNO(ENAMETOOLONG, "enametoolong")
    BEAMR_ERRNO(EMFILE, "emfile")
    BEAMR_ERRNO(ENFILE, "enfile")
    BEAMR_ERRNO(EBUSY, "ebusy")
    BEAMR_ERRNO(ENXIO, "enxio")
    BEAMR_ERRNO(ESPIPE, "espipe")
    BEAMR_ERRNO(EAGAIN, "eagain")
    BEAMR_ERRNO(EFBIG, "efbig")
    BEAMR_ERRNO(ENOMEM, "enomem")
    BEAMR_ERRNO(EMLINK, "emlink")
    BEAMR_ERRNO(ETXTBSY, "etxtbsy")
    BEAMR_ERRNO(EPIPE, "epipe")
    BEAMR_ERRNO(ECONNREFUSED, "econnrefused")
    BEAMR_ERRNO(ECONNRESET, "econnreset")
    BEAMR_ERRNO(ECONNABORTED, "econnaborted")
    BEAMR_ERRNO(EADDRINUSE, "eaddrinuse")
    BEAMR_ERRNO(EADDRNOTAVAIL, "eaddrnotavail")
    BEAMR_ERRNO(EAFNOSUPPORT, "eafnosupport")
    BEAMR_ERRNO(ENOTCONN, "enotconn")
    BEAMR_ERRNO(EISCONN, "eisconn")
    BEAMR_ERRNO(EALREADY, "ealready")
    BEAMR_ERRNO(EINPROGRESS, "einprogress")
    BEAMR_ERRNO(ETIMEDOUT, "etimedout")
    BEAMR_ERRNO(ENETUNREACH, "enetunreach")
    BEAMR_ERRNO(EHOSTUNREACH, "ehostunreach")
    BEAMR_ERRNO(ENOTSOCK, "enotsock")
    BEAMR_ERRNO(EOPNOTSUPP, "eopnotsupp")
    BEAMR_ERRNO(EPROTONOSUPPORT, "eprotonosupport")
    BEAMR_ERRNO(EMSGSIZE, "emsgsize")
    BEAMR_ERRNO(ENOBUFS, "enobufs")
    BEAMR_ERRNO(ENOPROTOOPT, "enoprotoopt")
#undef BEAMR_ERRNO
  default:
    break;
  }
  return internAtom(Name);
}
