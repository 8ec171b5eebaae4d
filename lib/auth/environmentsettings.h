#pragma once

#include "auth/environment.h"

class QSettings;

namespace bb::auth {

// Typed access to the environments in QSettings. It stores everything about an environment
// *except* secrets, which have no field in Environment to begin with; on top of that, save()
// refuses values that look like a secret (see redaction.h) and clears keys it does not own,
// so a secret put into the file by hand or by an older build is removed on the next save.
class EnvironmentSettings
{
public:
    // `settings` must outlive this object. Groups used: "environments/<id>/…".
    explicit EnvironmentSettings(QSettings &settings);

    // The stored environment, or the defaults for `kind` when nothing is stored. A stored
    // value that does not pass validation (a hand-edited file, say) is replaced by its
    // default and reported in `issues`; it is never half-used.
    Environment load(Environment::Kind kind, QList<Environment::Issue> *issues = nullptr) const;

    // Writes `environment` and flushes the file. Writes nothing and returns false when it does
    // not validate or a value looks like a secret; `issues` then says why.
    bool save(const Environment &environment, QList<Environment::Issue> *issues = nullptr);

    // Forgets everything stored for `kind`.
    void reset(Environment::Kind kind);

    // The environment used at start-up; the local sandbox until the user picks another.
    Environment::Kind currentKind() const;
    void setCurrentKind(Environment::Kind kind);

    // The keys save() writes in an environment's group; nothing else is ever stored.
    static QStringList keys();

private:
    QSettings &m_settings;
};

} // namespace bb::auth
