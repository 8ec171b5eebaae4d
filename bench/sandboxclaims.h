#pragma once

#include "fhir/claim.h"

#include <QList>

// The sandbox's own claims of its benchmark user (BBUser10001, seed 1), parsed as the app
// would; trimmed or repeated with fresh ids to `count`.
QList<bb::fhir::Claim> sandboxClaims(int count);
