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
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(c) || also_keep.find(ch) != std::string_view::npos) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4U];
            out += hex[c & 0x0FU];
        }
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
    std::string out(method_);
    out += ' ';
    out += path_;
    return out;
}

std::string encode_path_segment(std::string_view text) {
    return percent_encode(text, path_segment_keeps);
}

std::string encode_component(std::string_view text) {
    return percent_encode(text, "");
}

CompiledRoute compile(const Route& route, const std::vector<std::string>& args) {
    CompiledRoute out;
    out.route = &route;
    out.route_key = route.key();
    const std::string_view path = route.path();
    out.path.reserve(path.size() + 16);
    std::size_t next_arg = 0;
    std::string major_id;
    std::string major_token;
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
        const std::string& value = args[next_arg++];
        if (value.empty()) {
            throw ValueError("route " + route.key() + ": {" + std::string(name) +
                             "} must not be empty");
        }
        percent_encode_to(out.path, value, path_segment_keeps);
        const bool is_major_id =
            (route.major() == MajorParameter::channel && name == "channel_id") ||
            (route.major() == MajorParameter::guild && name == "guild_id") ||
            (route.major() == MajorParameter::webhook && name == "webhook_id") ||
            (route.major() == MajorParameter::interaction && name == "interaction_id");
        if (is_major_id) major_id = value;
        if (name == "webhook_token" || name == "interaction_token") major_token = value;
        i = close + 1;
    }
    if (next_arg != args.size()) {
        throw ValueError("route " + route.key() + " takes " + std::to_string(next_arg) +
                         " arguments, not " + std::to_string(args.size()));
    }
    if (!major_token.empty()) {
        major_id += '/';
        major_id += major_token;
    }
    out.major = std::move(major_id);
    return out;
}

}  // namespace hikari::rest
