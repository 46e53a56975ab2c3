//===- lib/Runtime/BifCrypto.cpp - crypto's digests, HMAC, random bytes ---===//
///
/// \file
/// The parts of OTP's `crypto` that small programs use, on OpenSSL's
/// libcrypto as erl's crypto NIF is: `hash/2`, the `hash_init/update/final`
/// chain, `mac/4` for HMAC and `strong_rand_bytes/1`. crypto.erl reaches
/// its NIF through local calls, so these exported functions are native
/// themselves. A hash state is `{beamr_hash_state, Type, Bytes}` holding
/// the data so far (erl's is a reference to a digest context; both are
/// opaque and immutable: updating gives a new state).
///
/// Bad digest types raise erl's `{badarg, {File, Line}, Text}` reasons.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace beamr;

namespace {

/// The OpenSSL digest name for an erl hash type, or null.
const char *digestName(Term Type) {
  static const struct {
    const char *Erl, *OpenSsl;
  } Names[] = {{"md4", "MD4"},           {"md5", "MD5"},           {"sha", "SHA1"},
               {"sha224", "SHA224"},     {"sha256", "SHA256"},     {"sha384", "SHA384"},
               {"sha512", "SHA512"},     {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},
               {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"}, {"blake2b", "BLAKE2B-512"},
               {"blake2s", "BLAKE2S-256"}, {"ripemd160", "RIPEMD160"}};
  if (!Type.isAtom())
    return nullptr;
  for (const auto &N : Names)
    if (Type == internAtom(N.Erl))
      return N.OpenSsl;
  return nullptr;
}

/// erl's error for an unknown digest: `{badarg, {"hash.c", 108}, Text}`.
Term digestError(Process &P, const char *File, int Line, std::string_view Text) {
  Term Where = makeTuple2(P, makeByteListTerm(P, File), Term::small(Line));
  return P.raiseError(makeTuple3(P, atomTerm(atoms::Badarg), Where, makeByteListTerm(P, Text)));
}

/// The digest of `Bytes`, or nothing if OpenSSL lacks the algorithm.
std::optional<std::string> digest(const char *Name, const std::string &Bytes) {
  EVP_MD *Md = EVP_MD_fetch(nullptr, Name, nullptr);
  if (!Md)
    return std::nullopt;
  unsigned char Out[EVP_MAX_MD_SIZE];
  unsigned Len = 0;
  bool Ok = EVP_Digest(Bytes.data(), Bytes.size(), Out, &Len, Md, nullptr) == 1;
  EVP_MD_free(Md);
  if (!Ok)
    return std::nullopt;
  return std::string(reinterpret_cast<char *>(Out), Len);
}

Term hashOf(Process &P, Term Type, const std::string &Bytes) {
  const char *Name = digestName(Type);
  std::optional<std::string> D = Name ? digest(Name, Bytes) : std::nullopt;
  if (!D)
    return digestError(P, "hash.c", 108, "Bad digest type");
  return makeBinaryTerm(P, *D);
}

Term stateTag() { return internAtom("beamr_hash_state"); }

bool isState(Term S) {
  return S.isTuple() && S.tupleArity() == 3 && S.tupleElement(0) == stateTag() &&
         S.tupleElement(2).isBitstring();
}

} // namespace

namespace beamr::bifs {

Term crypto_hash_2(Process &P, const Term *Args) {
  std::string Bytes;
  if (!appendIolist(Bytes, Args[1]))
    return P.badarg();
  return hashOf(P, Args[0], Bytes);
}

Term crypto_hash_init_1(Process &P, const Term *Args) {
  if (!digestName(Args[0]))
    return digestError(P, "hash.c", 108, "Bad digest type");
  return makeTuple3(P, stateTag(), Args[0], makeBinaryTerm(P, ""));
}

Term crypto_hash_update_2(Process &P, const Term *Args) {
  std::string Bytes;
  if (!isState(Args[0]) || !appendIolist(Bytes, Args[0].tupleElement(2)) ||
      !appendIolist(Bytes, Args[1]))
    return P.badarg();
  return makeTuple3(P, stateTag(), Args[0].tupleElement(1), makeBinaryTerm(P, Bytes));
}

Term crypto_hash_final_1(Process &P, const Term *Args) {
  std::string Bytes;
  if (!isState(Args[0]) || !appendIolist(Bytes, Args[0].tupleElement(2)))
    return P.badarg();
  return hashOf(P, Args[0].tupleElement(1), Bytes);
}

/// mac(hmac, Digest, Key, Data); other MAC types are not supported here.
Term crypto_mac_4(Process &P, const Term *Args) {
  std::string Key, Data;
  if (Args[0] != internAtom("hmac") || !appendIolist(Key, Args[2]) ||
      !appendIolist(Data, Args[3]))
    return P.badarg();
  const char *Name = digestName(Args[1]);
  unsigned char Out[EVP_MAX_MD_SIZE];
  std::size_t Len = 0;
  if (!Name || !EVP_Q_mac(nullptr, "HMAC", nullptr, Name, nullptr, Key.data(), Key.size(),
                          reinterpret_cast<const unsigned char *>(Data.data()), Data.size(),
                          Out, sizeof Out, &Len))
    return digestError(P, "mac.c", 263, "Bad digest algorithm for HMAC");
  return makeBinaryTerm(P, std::string_view(reinterpret_cast<char *>(Out), Len));
}

Term crypto_strong_rand_bytes_1(Process &P, const Term *Args) {
  if (!Args[0].isSmall() || Args[0].smallValue() < 0 || Args[0].smallValue() > (1 << 30))
    return P.badarg();
  std::string Bytes(std::size_t(Args[0].smallValue()), '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char *>(Bytes.data()), int(Bytes.size())) != 1)
    return P.raiseError(internAtom("low_entropy"));
  return makeBinaryTerm(P, Bytes);
}

} // namespace beamr::bifs
