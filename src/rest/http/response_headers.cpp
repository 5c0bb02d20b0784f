#include "rest/http/response_headers.hpp"

#include "rest/http/ascii.hpp"

#include <cstdint>
#include <cstring>

namespace hikari::rest::http {

namespace {

// Each field: the name's and the value's lengths, then the name, then the value.
using Length = std::uint32_t;
constexpr std::size_t prefix = 2 * sizeof(Length);

}  // namespace

ResponseHeaders::ResponseHeaders(std::initializer_list<Field> fields) {
    for (const auto& [name, value] : fields) add(name, value);
}

void ResponseHeaders::add(std::string_view name, std::string_view value) {
    const auto name_size = static_cast<Length>(name.size());
    const auto value_size = static_cast<Length>(value.size());
    const std::size_t at = text_.size();
    text_.resize(at + prefix + name.size() + value.size());
    char* out = text_.data() + at;
    std::memcpy(out, &name_size, sizeof name_size);
    std::memcpy(out + sizeof name_size, &value_size, sizeof value_size);
    out += prefix;
    for (const char c : name) *out++ = ascii_lower(c);
    if (!value.empty()) std::memcpy(out, value.data(), value.size());
    ++count_;
}

ResponseHeaders::Field ResponseHeaders::read(std::size_t& at) const noexcept {
    Length name_size = 0;
    Length value_size = 0;
    std::memcpy(&name_size, text_.data() + at, sizeof name_size);
    std::memcpy(&value_size, text_.data() + at + sizeof name_size, sizeof value_size);
    const char* name = text_.data() + at + prefix;
    at += prefix + name_size + value_size;
    return {std::string_view(name, name_size), std::string_view(name + name_size, value_size)};
}

ResponseHeaders::Field ResponseHeaders::operator[](std::size_t index) const {
    std::size_t at = 0;
    for (std::size_t i = 0; i < index; ++i) (void)read(at);
    return read(at);
}

std::optional<std::string_view> ResponseHeaders::find(std::string_view name) const {
    for (std::size_t at = 0; at < text_.size();) {
        const Field field = read(at);
        if (ascii_iequals(field.first, name)) return field.second;
    }
    return std::nullopt;
}

HTTPHeaders ResponseHeaders::to_vector() const {
    HTTPHeaders out;
    out.reserve(count_);
    for_each([&](std::string_view name, std::string_view value) { out.emplace_back(name, value); });
    return out;
}

}  // namespace hikari::rest::http
