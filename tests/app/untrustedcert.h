#pragma once

// PEM text of a self-signed certificate and its private key (test data only).
extern const char *const kUntrustedCertificatePem;
extern const char *const kUntrustedKeyPem;
