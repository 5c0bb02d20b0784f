#include "sandbox/gateway/session.hpp"

#include "sandbox/gateway/connection.hpp"
#include "sandbox/gateway/payloads.hpp"

#include <random>

namespace hikari::sandbox {

bool Session::owns(std::optional<Snowflake> guild) const {
    if (!guild) return shard_id == 0;
    return guild->shard_id(shard_count) == shard_id;
}

void Session::emit(std::string_view event_name, std::string_view serialized_data) {
    ++seq;
    std::string frame = dispatch_payload(event_name, seq, serialized_data);
    if (connection && connection->open()) {
        connection->send(frame);
        ++dispatches_sent;
    }
    keep_for_replay(seq, std::move(frame));
}

std::string Session::reusable_frame() {
    std::string out;
    if (!replay.empty() && replay.size() >= replay_limit) {
        out = std::move(replay.front().second);
        replay.pop_front();
        out.clear();
    }
    return out;
}

void Session::keep_for_replay(std::uint64_t frame_seq, std::string frame) {
    replay.emplace_back(frame_seq, std::move(frame));
    while (replay.size() > replay_limit) replay.pop_front();
}

std::string random_session_id() {
    static std::mt19937_64 engine{std::random_device{}()};
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (char& c : out) c = digits[engine() % 16];
    return out;
}

}  // namespace hikari::sandbox
