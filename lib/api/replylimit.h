#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace bb::api {

// How much of an answer the app reads at most. A server (or anything between) that sends
// more is not trusted with the memory: the request is aborted as the bytes arrive, not after
// they have all been buffered.
//
// A token or userinfo answer is a few hundred bytes; a FHIR page of 50 claims is one or two
// MB (docs/networking.md); metadata tens of KB.
inline constexpr qint64 kMaxTokenResponseBytes = 64 * 1024;
inline constexpr qint64 kMaxUserInfoBytes = 64 * 1024;
inline constexpr qint64 kMaxMetadataBytes = 2 * 1024 * 1024;
inline constexpr qint64 kMaxFhirPageBytes = 32 * 1024 * 1024;

// Aborts `reply` as soon as it announces (Content-Length) or has brought more than
// `maxBytes` of body. Then exceededSizeLimit(reply) is true; the reply finishes with
// QNetworkReply::OperationCanceledError like any abort.
void limitReplySize(QNetworkReply *reply, qint64 maxBytes);
bool exceededSizeLimit(const QNetworkReply *reply);

} // namespace bb::api
