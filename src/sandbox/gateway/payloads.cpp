#include "sandbox/gateway/payloads.hpp"

#include <boost/json/serialize.hpp>

#include <array>
#include <charconv>

namespace hikari::sandbox {

std::string control_payload(Opcode op, const boost::json::value& d) {
    std::string out = R"({"t":null,"s":null,"op":)";
    out += std::to_string(static_cast<int>(op));
    out += R"(,"d":)";
    out += boost::json::serialize(d);
    out += '}';
    return out;
}

std::string dispatch_payload(std::string_view event_name, std::uint64_t seq,
                             std::string_view serialized_data) {
    std::string out;
    out.reserve(serialized_data.size() + event_name.size() + 40);
    append_dispatch_head(out, event_name, seq);
    out += serialized_data;
    out += '}';
    return out;
}

void append_dispatch_head(std::string& out, std::string_view event_name, std::uint64_t seq) {
    out += R"({"t":")";
    out += event_name;
    out += R"(","s":)";
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), seq).ptr;
    out.append(digits.data(), end);
    out += R"(,"op":0,"d":)";
}

std::string_view close_reason(std::uint16_t code) noexcept {
    switch (code) {
        case close_code::unknown_error:
            return "Unknown error.";
        case close_code::unknown_opcode:
            return "Unknown opcode.";
        case close_code::decode_error:
            return "Decode error.";
        case close_code::not_authenticated:
            return "Not authenticated.";
        case close_code::authentication_failed:
            return "Authentication failed.";
        case close_code::already_authenticated:
            return "Already authenticated.";
        case close_code::invalid_seq:
            return "Invalid seq.";
        case close_code::rate_limited:
            return "Rate limited.";
        case close_code::session_timed_out:
            return "Session timed out.";
        case close_code::invalid_shard:
            return "Invalid shard.";
        case close_code::sharding_required:
            return "Sharding required.";
        case close_code::invalid_api_version:
            return "Invalid API version.";
        case close_code::invalid_intents:
            return "Invalid intent(s).";
        case close_code::disallowed_intents:
            return "Disallowed intent(s).";
        default:
            return "";
    }
}

bool close_keeps_session(std::uint16_t code) noexcept {
    switch (code) {
        case 1000:
        case 1001:
        case close_code::authentication_failed:
        case close_code::invalid_seq:
        case close_code::session_timed_out:
        case close_code::invalid_shard:
        case close_code::sharding_required:
        case close_code::invalid_api_version:
        case close_code::invalid_intents:
        case close_code::disallowed_intents:
            return false;
        default:
            return true;
    }
}

}  // namespace hikari::sandbox
