"""C2PA signing credentials: the configured Space secrets, or a development CA made once in the cache.

The development CA is only trusted by this Space's own /verify; anyone else sees "Valid"
(intact, signer unknown) rather than "Trusted", which is the honest answer for a dev key.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sora_space.config import Settings

DEV_DIR = "c2pa"
CA_FILE = "dev-ca.pem"
CHAIN_FILE = "dev-chain.pem"
KEY_FILE = "dev-key.pem"
VALIDITY = dt.timedelta(days=3650)


@dataclass(frozen=True)
class Credentials:
    cert_chain: str  # PEM, end-entity first
    private_key: str  # PEM
    dev: bool  # True: the self-made development CA, not a configured secret


def signing_credentials(settings: Settings) -> Credentials:
    """The configured certificate chain and key, or the development pair (created on first use)."""
    chain, key = settings.c2pa_cert_chain.strip(), settings.c2pa_private_key.strip()
    if chain and key:
        return Credentials(chain, key, dev=False)
    if chain or key:
        # Half a configuration is a mistake; silently falling back to dev keys would hide it.
        raise ValueError(
            "set both SORA_SPACE_C2PA_CERT_CHAIN and SORA_SPACE_C2PA_PRIVATE_KEY, or neither"
        )
    folder = _ensure_dev_credentials(settings.cache_dir / DEV_DIR)
    return Credentials((folder / CHAIN_FILE).read_text(), (folder / KEY_FILE).read_text(), dev=True)


def dev_trust_anchor(settings: Settings) -> str:
    """The development CA certificate (PEM) if one has been made, else ""."""
    path = settings.cache_dir / DEV_DIR / CA_FILE
    return path.read_text() if path.is_file() else ""


def _ensure_dev_credentials(folder: Path) -> Path:
    if (folder / KEY_FILE).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Build the whole set in a private temp folder and rename it into place in one step, so a
    # second process racing us sees either nothing or a complete, matching set.
    staging = Path(tempfile.mkdtemp(prefix=".c2pa-", dir=folder.parent))  # mode 0700
    try:
        ca_pem, chain_pem, key_pem = _make_dev_credentials()
        (staging / CA_FILE).write_bytes(ca_pem)
        (staging / CHAIN_FILE).write_bytes(chain_pem)
        fd = os.open(staging / KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key_pem)
        try:
            os.rename(staging, folder)
        except OSError:
            if not (folder / KEY_FILE).is_file():
                raise
            # Another process won the race; its set is as good as ours.
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _make_dev_credentials() -> tuple[bytes, bytes, bytes]:
    """(CA cert, end-entity + CA chain, end-entity key), all PEM: ES256 on P-256.

    The extensions are the ones the C2PA trust model checks: a CA with keyCertSign, and an
    end-entity limited to digitalSignature with the emailProtection EKU.
    """
    # Backdate a little so a clock a few minutes behind does not call the certificate "not yet valid".
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("sora-space development CA")
    ca_cert = (
        _base(ca_name, ca_name, ca_key.public_key(), start)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        _base(_name("sora-space development signer"), ca_name, key.public_key(), start)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = ca_cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ca_pem, cert.public_bytes(serialization.Encoding.PEM) + ca_pem, key_pem


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "sora-space (development)"),
    ])


def _base(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
          start: dt.datetime) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + VALIDITY)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _key_usage(cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign, crl_sign=cert_sign,
        encipher_only=False, decipher_only=False,
    )
