#include "rest/client/json_fields.hpp"

#include <hikari/core/errors_base.hpp>
#include <hikari/rest/expression_options.hpp>

#include <simdjson.h>

#include <charconv>

namespace hikari::rest {

namespace od = simdjson::ondemand;

namespace {

template <class T>
T get(simdjson::simdjson_result<T> result) {
    T value{};
    if (auto error = std::move(result).get(value)) {
        throw ParseError(std::string("malformed object in a response: ") +
                         simdjson::error_message(error));
    }
    return value;
}

}  // namespace

JsonFields::JsonFields(std::string_view json) {
    simdjson::padded_string padded(json);
    od::parser parser;
    auto doc = get(parser.iterate(padded));
    auto object = get(doc.get_object());
    for (auto member : object) {
        auto field = get(std::move(member));
        std::string key(get(field.unescaped_key()));
        od::value value = field.value();
        std::string_view raw;
        switch (get(value.type())) {
            case od::json_type::object:
                raw = get(get(value.get_object()).raw_json());
                break;
            case od::json_type::array:
                raw = get(get(value.get_array()).raw_json());
                break;
            case od::json_type::string:
                strings_.insert_or_assign(key, std::string(get(value.get_string())));
                raw = value.raw_json_token();
                break;
            default:
                raw = value.raw_json_token();
        }
        // raw_json_token keeps trailing whitespace.
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                                raw.back() == '\t')) {
            raw.remove_suffix(1);
        }
        fields_.insert_or_assign(std::move(key), std::string(raw));
    }
}

const std::string& JsonFields::at(std::string_view key) const {
    auto it = fields_.find(key);
    if (it == fields_.end()) throw ParseError("the response lacks \"" + std::string(key) + "\"");
    return it->second;
}

bool JsonFields::flag(std::string_view key) const {
    auto it = fields_.find(key);
    return it != fields_.end() && it->second == "true";
}

std::int64_t JsonFields::integer(std::string_view key) const {
    const std::string& text = at(key);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        throw ParseError(std::string(key) + ": expected an integer");
    }
    return value;
}

const std::string& JsonFields::string(std::string_view key) const {
    auto it = strings_.find(key);
    if (it == strings_.end()) {
        throw ParseError("the response lacks the string \"" + std::string(key) + "\"");
    }
    return it->second;
}

std::optional<Snowflake> JsonFields::id(std::string_view key) const {
    auto it = strings_.find(key);
    if (it == strings_.end()) {
        if (contains(key) && at(key) != "null") {
            throw ParseError("\"" + std::string(key) + "\" in the response is not a snowflake");
        }
        return std::nullopt;
    }
    auto parsed = Snowflake::try_parse(it->second);
    if (!parsed)
        throw ParseError("\"" + std::string(key) + "\" in the response is not a snowflake");
    return parsed;
}

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    auto byte = [&](std::size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t n = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        std::uint32_t n = byte(i) << 16;
        if (rest == 2) n |= byte(i + 1) << 8;
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += rest == 2 ? alphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

}  // namespace hikari::rest

namespace hikari {

std::string data_uri(std::string_view mime_type, std::string_view bytes) {
    return "data:" + std::string(mime_type) + ";base64," + rest::base64(bytes);
}

}  // namespace hikari
