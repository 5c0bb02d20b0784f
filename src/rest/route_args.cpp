#include "rest/route_args.hpp"

#include <hikari/core/errors_base.hpp>

#include <charconv>
#include <cstring>
#include <limits>

namespace hikari::rest {

RouteArgs::RouteArgs(std::initializer_list<RouteArg> args) {
    for (const RouteArg& arg : args) push_back(arg);
}

void RouteArgs::push_back(const RouteArg& arg) {
    if (count_ == max_size) {
        throw ValueError("a route takes at most " + std::to_string(max_size) + " arguments");
    }
    if (arg.is_id_) {
        char digits[24];
        const char* end = std::to_chars(digits, digits + sizeof digits, arg.id_).ptr;
        append(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    } else {
        append(arg.text_);
    }
    ends_[count_++] = size_;
}

void RouteArgs::append(std::string_view text) {
    constexpr std::size_t most = std::numeric_limits<std::uint16_t>::max();
    if (text.size() > most - size_) {
        throw ValueError("route arguments must not exceed 65535 bytes in all");
    }
    if (!spilled_ && size_ + text.size() > inline_.size()) {
        heap_.reserve(size_ + text.size());
        heap_.assign(inline_.data(), size_);
        spilled_ = true;
    }
    if (spilled_) {
        heap_.append(text);
    } else if (!text.empty()) {
        std::memcpy(inline_.data() + size_, text.data(), text.size());
    }
    size_ = static_cast<std::uint16_t>(size_ + text.size());
}

}  // namespace hikari::rest
