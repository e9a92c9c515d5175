"""The invisible watermark's payload: a 64-bit generation id, a CRC-16 and a convolutional code.

64 id bits + 16 CRC bits + 6 tail bits go through the rate-1/2, constraint-length-7 code of
802.11 and DVB (generators 133 and 171 octal): 172 coded bits. The decoder is soft-decision
Viterbi, so chips that compression left weak count for less than strong ones; the CRC then
tells a decoded id from the noise a Viterbi decoder always returns something for.
"""

from __future__ import annotations

import binascii

import numpy as np

ID_BITS = 64
CRC_BITS = 16
_K = 7
_GENERATORS = (0o133, 0o171)
INFO_BITS = ID_BITS + CRC_BITS
CODED_BITS = (INFO_BITS + _K - 1) * len(_GENERATORS)

_STATES = 1 << (_K - 1)


def _parity(values: np.ndarray) -> np.ndarray:
    return np.array([bin(int(v)).count("1") & 1 for v in values.ravel()]).reshape(values.shape)


# Trellis tables: for each state and input bit, the next state and the two output bits. The
# register holds the newest bit in its top position: reg = bit << 6 | state.
_REG = (np.arange(2)[None, :] << (_K - 1)) | np.arange(_STATES)[:, None]  # state x bit
_NEXT = _REG >> 1
_OUT = np.stack([_parity(_REG & g) for g in _GENERATORS], axis=-1)  # state x bit x 2
_SYMBOL = 1.0 - 2.0 * _OUT  # bit 0 -> +1, bit 1 -> -1


def _bits(value: int, count: int) -> list[int]:
    return [(value >> (count - 1 - i)) & 1 for i in range(count)]


def _crc(id_bytes: bytes) -> int:
    return binascii.crc_hqx(id_bytes, 0xFFFF)


def encode(generation_id: str) -> np.ndarray:
    """The coded payload for a 16-hex-digit id, as CODED_BITS symbols of +1.0 / -1.0."""
    id_bytes = bytes.fromhex(generation_id)
    if len(id_bytes) * 8 != ID_BITS:
        raise ValueError(f"generation id must be {ID_BITS // 4} hex digits, got {generation_id!r}")
    info = _bits(int.from_bytes(id_bytes, "big"), ID_BITS) + _bits(_crc(id_bytes), CRC_BITS)
    state, symbols = 0, []
    for bit in info + [0] * (_K - 1):  # the tail returns the encoder to state 0
        symbols.extend(_SYMBOL[state, bit])
        state = _NEXT[state, bit]
    return np.array(symbols, dtype=np.float32)


def decode(soft: np.ndarray) -> tuple[str | None, float]:
    """(id or None if the CRC fails, agreement) from CODED_BITS soft symbols (positive means 0).

    agreement is the correlation of the received symbols with the re-encoded decision, in
    [-1, 1]: how cleanly the payload was read.
    """
    soft = np.asarray(soft, dtype=np.float64).reshape(-1, len(_GENERATORS))
    metric = np.full(_STATES, -np.inf)
    metric[0] = 0.0
    # Each next state n is reached with input bit n >> 5 from states 2(n & 31) and 2(n & 31) + 1.
    bit_in = np.arange(_STATES) >> (_K - 2)
    first = 2 * (np.arange(_STATES) & (_STATES // 2 - 1))
    choices = []
    for received in soft:
        branch = metric[:, None] + _SYMBOL @ received  # state x bit
        from_first = branch[first, bit_in] >= branch[first + 1, bit_in]
        metric = np.where(from_first, branch[first, bit_in], branch[first + 1, bit_in])
        choices.append(np.where(from_first, first, first + 1))
    state, bits = 0, []
    for came_from in reversed(choices):
        bits.append(int(bit_in[state]))
        state = came_from[state]
    bits = bits[::-1][:INFO_BITS]
    value = int("".join(map(str, bits)), 2)
    id_bytes = (value >> CRC_BITS).to_bytes(ID_BITS // 8, "big")
    agreement = float(np.dot(encode(id_bytes.hex()), soft.ravel())
                      / (np.linalg.norm(soft) * np.sqrt(CODED_BITS) + 1e-12))
    if value & ((1 << CRC_BITS) - 1) != _crc(id_bytes):
        return None, agreement
    return id_bytes.hex(), agreement
