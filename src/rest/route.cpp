#include "rest/route.hpp"

#include <hikari/core/errors_base.hpp>

#include <algorithm>

namespace hikari::rest {

namespace {

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void percent_encode_to(std::string& out, std::string_view text, std::string_view also_keep) {
    static constexpr char hex[] = "0123456789ABCDEF";
    auto kept = [&](char ch) {
        return unreserved(static_cast<unsigned char>(ch)) ||
               also_keep.find(ch) != std::string_view::npos;
    };
    for (std::size_t i = 0; i < text.size();) {
        // Runs of kept characters go in with one append (an id is one run of digits).
        std::size_t end = i;
        while (end < text.size() && kept(text[end])) ++end;
        out.append(text.data() + i, end - i);
        if (end == text.size()) break;
        const auto c = static_cast<unsigned char>(text[end]);
        out += '%';
        out += hex[c >> 4U];
        out += hex[c & 0x0FU];
        i = end + 1;
    }
}

std::string percent_encode(std::string_view text, std::string_view also_keep) {
    std::string out;
    out.reserve(text.size());
    percent_encode_to(out, text, also_keep);
    return out;
}

// '@' stays readable ("@me"); ':' is kept for "name:id" custom emojis.
constexpr std::string_view path_segment_keeps = "@:";

}  // namespace

std::string Route::key() const {
    std::string out;
    append_key(out);
    return out;
}

void Route::append_key(std::string& out) const {
    out.append(method_);
    out += ' ';
    out.append(path_);
}

std::string encode_path_segment(std::string_view text) {
    return percent_encode(text, path_segment_keeps);
}

std::string encode_component(std::string_view text) {
    return percent_encode(text, "");
}

CompiledRoute compile(const Route& route, const RouteArgs& args) {
    CompiledRoute out;
    out.route = &route;
    const std::string_view path = route.path();
    out.path.reserve(path.size() + 16);
    std::size_t next_arg = 0;
    std::size_t major_end = 0;
    bool has_major = false;
    for (std::size_t i = 0; i < path.size();) {
        if (path[i] != '{') {
            const std::size_t open = std::min(path.find('{', i), path.size());
            out.path.append(path.substr(i, open - i));
            i = open;
            continue;
        }
        const std::size_t close = path.find('}', i);
        const std::string_view name = path.substr(i + 1, close - i - 1);
        if (next_arg >= args.size()) {
            throw ValueError("route " + route.key() + " needs more arguments than the " +
                             std::to_string(args.size()) + " given");
        }
        const std::string_view value = args[next_arg++];
        if (value.empty()) {
            throw ValueError("route " + route.key() + ": {" + std::string(name) +
                             "} must not be empty");
        }
        const std::size_t value_at = out.path.size();
        percent_encode_to(out.path, value, path_segment_keeps);
        const bool is_major_id =
            (route.major() == MajorParameter::channel && name == "channel_id") ||
            (route.major() == MajorParameter::guild && name == "guild_id") ||
            (route.major() == MajorParameter::webhook && name == "webhook_id") ||
            (route.major() == MajorParameter::interaction && name == "interaction_id");
        if (is_major_id && !has_major) {
            has_major = true;
            out.major_at = value_at;
            major_end = out.path.size();
        }
        // The token follows the id ("{webhook_id}/{webhook_token}"): the major value spans both.
        if (has_major && (name == "webhook_token" || name == "interaction_token")) {
            major_end = out.path.size();
        }
        i = close + 1;
    }
    if (next_arg != args.size()) {
        throw ValueError("route " + route.key() + " takes " + std::to_string(next_arg) +
                         " arguments, not " + std::to_string(args.size()));
    }
    out.major_size = major_end - out.major_at;
    return out;
}

}  // namespace hikari::rest
