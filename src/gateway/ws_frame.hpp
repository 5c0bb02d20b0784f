#pragma once
// The websocket frame format (RFC 6455 section 5.2) as the client side needs it: headers of
// the server's frames decoded straight from the read buffer, and masked client frames encoded
// into a write buffer. No I/O here, so it is tested on bytes alone.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hikari::gateway::ws {

enum Opcode : std::uint8_t {
    op_continuation = 0x0,
    op_text = 0x1,
    op_binary = 0x2,
    op_close = 0x8,
    op_ping = 0x9,
    op_pong = 0xA,
};

struct FrameHeader {
    bool fin = false;
    std::uint8_t opcode = 0;
    std::size_t header_size = 0;  ///< bytes before the payload
    std::uint64_t payload_size = 0;
};

enum class Decoded : std::uint8_t { header, need_more, bad };

/// Decodes the header at the start of `bytes` into `h`. `bad` (with `error` saying why) for
/// reserved bits or opcodes, a masked frame (servers never mask), a fragmented or oversized
/// control frame, and a payload above `max_payload`.
inline Decoded decode_header(std::string_view bytes, std::uint64_t max_payload, FrameHeader& h,
                             std::string_view& error) {
    if (bytes.size() < 2) return Decoded::need_more;
    const auto b0 = static_cast<std::uint8_t>(bytes[0]);
    const auto b1 = static_cast<std::uint8_t>(bytes[1]);
    h = FrameHeader{};
    h.fin = (b0 & 0x80U) != 0;
    h.opcode = b0 & 0x0FU;
    if ((b0 & 0x70U) != 0) {
        error = "reserved bits set (no extension was negotiated)";
        return Decoded::bad;
    }
    if ((b1 & 0x80U) != 0) {
        error = "masked frame from the server";
        return Decoded::bad;
    }
    const bool control = (h.opcode & 0x8U) != 0;
    if (h.opcode > op_binary && h.opcode != op_close && h.opcode != op_ping &&
        h.opcode != op_pong) {
        error = "unknown opcode";
        return Decoded::bad;
    }
    const unsigned len7 = b1 & 0x7FU;
    if (len7 < 126) {
        h.header_size = 2;
        h.payload_size = len7;
    } else {
        h.header_size = len7 == 126 ? 4 : 10;
        if (bytes.size() < h.header_size) return Decoded::need_more;
        for (std::size_t i = 2; i < h.header_size; ++i) {
            h.payload_size = (h.payload_size << 8U) | static_cast<std::uint8_t>(bytes[i]);
        }
    }
    if (control && (!h.fin || h.payload_size > 125)) {
        error = "fragmented or oversized control frame";
        return Decoded::bad;
    }
    if (h.payload_size > max_payload) {
        error = "message larger than the limit";
        return Decoded::bad;
    }
    return Decoded::header;
}

/// Appends one whole (FIN) client frame: header, `mask` and the masked payload.
inline void encode_masked(std::string& out, std::uint8_t opcode, std::string_view payload,
                          std::uint32_t mask) {
    const std::size_t n = payload.size();
    out.push_back(static_cast<char>(0x80U | opcode));
    if (n < 126) {
        out.push_back(static_cast<char>(0x80U | n));
    } else if (n <= 0xFFFF) {
        out.push_back(static_cast<char>(0x80U | 126U));
        out.push_back(static_cast<char>(n >> 8U));
        out.push_back(static_cast<char>(n & 0xFFU));
    } else {
        out.push_back(static_cast<char>(0x80U | 127U));
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.push_back(static_cast<char>((static_cast<std::uint64_t>(n) >> shift) & 0xFFU));
        }
    }
    const char key[4] = {static_cast<char>(mask >> 24U), static_cast<char>(mask >> 16U),
                         static_cast<char>(mask >> 8U), static_cast<char>(mask)};
    out.append(key, 4);
    const std::size_t start = out.size();
    out.append(payload);
    for (std::size_t i = 0; i < n; ++i)
        out[start + i] = static_cast<char>(out[start + i] ^ key[i % 4]);
}

}  // namespace hikari::gateway::ws
