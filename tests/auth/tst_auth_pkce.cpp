#include "auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
namespace pkce = bb::auth::pkce;

class TestAuthPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 7636 Appendix B, checked against the RFC text: the verifier is the base64url form
    // of the 32 octets given there. (A variant with "U2p1r-w" / "E9cVUwM3…" circulates; it
    // is not the RFC's and SHA-256 does not map one to the other.)
    void rfc7636TestVector()
    {
        const QByteArray octets =
            QByteArray::fromHex("7418dfb49799e0254ffa607dd8adbbba16d4254d69d6bff05b58055853848d79");
        const QString verifier = QString::fromLatin1(
            octets.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QCOMPARE(verifier, u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s);
        QCOMPARE(pkce::codeChallenge(verifier), u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        QCOMPARE(pkce::challengeMethod(), u"S256"_s);
    }

    void challengeIsBase64UrlWithoutPadding()
    {
        static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
        for (int i = 0; i < 50; ++i) {
            const QString challenge = pkce::codeChallenge(pkce::generateCodeVerifier());
            QVERIFY2(base64url.match(challenge).hasMatch(), qPrintable(challenge));
        }
    }

    void verifierLength_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << -1 << 64;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too short is raised") << 10 << 43;
        QTest::newRow("too long is capped") << 500 << 128;
    }

    void verifierLength()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const QString v =
            requested < 0 ? pkce::generateCodeVerifier() : pkce::generateCodeVerifier(requested);
        QCOMPARE(v.size(), expected);
    }

    void verifierUsesOnlyUnreservedCharacters()
    {
        static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]+$"_s);
        QSet<QChar> seen;
        for (int i = 0; i < 200; ++i) {
            const QString v = pkce::generateCodeVerifier(128);
            QVERIFY2(unreserved.match(v).hasMatch(), qPrintable(v));
            for (QChar c : v)
                seen.insert(c);
        }
        // 25,600 draws from 66 symbols: every symbol shows up unless the generator is broken.
        QCOMPARE(seen.size(), 66);
    }

    void verifiersAreUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(pkce::generateCodeVerifier());
        QCOMPARE(seen.size(), 1000);
    }

    void pairMatches()
    {
        const pkce::Pair pair = pkce::Pair::generate();
        QCOMPARE(pair.verifier.size(), pkce::DefaultVerifierLength);
        QCOMPARE(pair.challenge, pkce::codeChallenge(pair.verifier));
        QVERIFY(pair.challenge != pkce::Pair::generate().challenge);
    }

    void state()
    {
        static const QRegularExpression alnum(u"^[A-Za-z0-9]+$"_s);
        const QString s = pkce::generateState();
        QCOMPARE(s.size(), 32);
        QVERIFY(alnum.match(s).hasMatch());
        // Blue Button refuses anything shorter than 16 characters.
        QCOMPARE(pkce::generateState(4).size(), pkce::MinStateLength);
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(pkce::generateState());
        QCOMPARE(seen.size(), 1000);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        const QString s = u"AbCdEfGhIjKlMnOpQrStUvWxYz012345"_s;
        QTest::newRow("same") << s << QString(s) << true;
        QTest::newRow("both empty") << QString() << QString() << true;
        QTest::newRow("last differs") << s << QString(s.chopped(1) + u'6') << false;
        QTest::newRow("first differs") << s << QString(u'a' + s.mid(1)) << false;
        QTest::newRow("prefix") << s << s.left(16) << false;
        QTest::newRow("longer") << s << QString(s + u'x') << false;
        QTest::newRow("one empty") << s << QString() << false;
        QTest::newRow("case") << u"abc"_s << u"ABC"_s << false;
        // A length difference of 65536 must not wrap around to "equal".
        QTest::newRow("huge length difference") << QString() << QString(65536, QChar(0)) << false;
    }

    void constantTimeEquals()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(pkce::constantTimeEquals(a, b), equal);
        QCOMPARE(pkce::constantTimeEquals(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestAuthPkce)
#include "tst_auth_pkce.moc"
