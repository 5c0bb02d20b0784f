#pragma once
// Reading the fields of a dispatch's `d` object with simdjson on-demand. Every failure is a
// JsonError whose path starts at "d", like the model layer's.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/time.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/json_error.hpp>

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::events_detail {

namespace od = simdjson::ondemand;

[[noreturn]] inline void fail(std::string_view key, std::string reason) {
    throw JsonError(key.empty() ? std::string("d") : "d." + std::string(key), std::move(reason));
}

/// The `d` object of one dispatch, read by key in any order. Each field is read at most once.
/// The object is indexed on the first read by key: a builder that reads `d` whole as a model
/// (MESSAGE_CREATE, the busiest dispatch) never pays for a second index of the same text.
class DispatchFields {
  public:
    /// `raw` must stay readable for `capacity` bytes (SIMDJSON_PADDING past its end).
    DispatchFields(od::parser& parser, std::string_view raw, std::size_t capacity)
        : parser_(&parser), raw_(raw), capacity_(capacity) {}

    /// The whole `d` text (readable past its end, so models may parse it in place).
    [[nodiscard]] std::string_view raw() const noexcept { return raw_; }

    /// The value of `key`, or nullopt when absent or null.
    std::optional<od::value> find(std::string_view key) {
        auto value = find_present(key);
        if (!value || is_null(*value)) return std::nullopt;
        return value;
    }
    /// The value of `key`, null included; nullopt only when absent.
    std::optional<od::value> find_present(std::string_view key) {
        od::value value;
        const auto error = object().find_field_unordered(key).get(value);
        if (error == simdjson::NO_SUCH_FIELD) return std::nullopt;
        if (error) fail(key, simdjson::error_message(error));
        return value;
    }
    static bool is_null(od::value& value) {
        bool null = false;
        return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    od::value require(std::string_view key) {
        auto value = find(key);
        if (!value) fail(key, "missing");
        return *value;
    }

    std::string string(std::string_view key) { return read_string(require(key), key); }
    std::optional<std::string> opt_string(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return read_string(*value, key);
    }
    Snowflake snowflake(std::string_view key) { return read_snowflake(require(key), key); }
    std::optional<Snowflake> opt_snowflake(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return read_snowflake(*value, key);
    }
    std::int64_t integer(std::string_view key) { return read_integer(require(key), key); }
    std::optional<std::int64_t> opt_integer(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return read_integer(*value, key);
    }
    bool boolean(std::string_view key, bool fallback) {
        auto value = find(key);
        if (!value) return fallback;
        bool out = false;
        if (value->get_bool().get(out)) fail(key, "expected a boolean");
        return out;
    }
    std::optional<double> opt_number(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        double out = 0;
        if (value->get_double().get(out)) fail(key, "expected a number");
        return out;
    }
    /// The JSON text of the object or array under `key`.
    std::optional<std::string> opt_raw(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return std::string(raw_of(*value, key));
    }
    /// The array of snowflakes under `key`, or nullopt when it is absent or null.
    std::optional<std::vector<Snowflake>> opt_snowflakes(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return read_snowflakes(*value, key);
    }
    std::optional<Timestamp> opt_timestamp(std::string_view key) {
        auto text = opt_string(key);
        if (!text) return std::nullopt;
        auto time = try_parse_iso8601(*text);
        if (!time) fail(key, "expected an ISO 8601 timestamp");
        return time;
    }
    /// A `?timestamp` that may also be absent: absent, null and a time kept apart.
    UndefinedNoneOr<Timestamp> tri_timestamp(std::string_view key) {
        auto value = find_present(key);
        if (!value) return {};
        if (is_null(*value)) return none;
        auto time = try_parse_iso8601(read_string(*value, key));
        if (!time) fail(key, "expected an ISO 8601 timestamp");
        return *time;
    }
    std::vector<Snowflake> snowflakes(std::string_view key) {
        auto value = find(key);
        if (!value) return {};
        return read_snowflakes(*value, key);
    }
    static std::vector<Snowflake> read_snowflakes(od::value value, std::string_view key) {
        std::vector<Snowflake> out;
        od::array array;
        if (value.get_array().get(array)) fail(key, "expected an array");
        std::size_t index = 0;
        for (auto element : array) {
            od::value item;
            const std::string path = std::string(key) + "[" + std::to_string(index++) + "]";
            if (element.get(item)) fail(path, "malformed JSON");
            out.push_back(read_snowflake(item, path));
        }
        return out;
    }

    /// A model read from the object (or array) under `key`.
    template <class T>
    T model(std::string_view key) {
        return parse_model<T>(raw_of(require(key), key), key);
    }
    template <class T>
    std::optional<T> opt_model(std::string_view key) {
        auto value = find(key);
        if (!value) return std::nullopt;
        return parse_model<T>(raw_of(*value, key), key);
    }
    /// The models of the array under `key` (empty when absent).
    template <class T>
    std::vector<T> models(std::string_view key) {
        auto value = find(key);
        if (!value) return {};
        return read_models<T>(*value, key);
    }
    /// As models(), but the array must be there.
    template <class T>
    std::vector<T> required_models(std::string_view key) {
        return read_models<T>(require(key), key);
    }
    template <class T>
    static std::vector<T> read_models(od::value value, std::string_view key) {
        std::vector<T> out;
        od::array array;
        if (value.get_array().get(array)) fail(key, "expected an array");
        std::size_t index = 0;
        for (auto element : array) {
            od::value item;
            const std::string path = std::string(key) + "[" + std::to_string(index++) + "]";
            if (element.get(item)) fail(path, "malformed JSON");
            out.push_back(parse_model<T>(raw_of(item, path), path));
        }
        return out;
    }

    /// The whole `d` as a model.
    template <class T>
    T whole() const {
        return parse_model<T>(raw_, "");
    }
    /// The whole `d` read into `out`, a default-constructed model inside the event.
    template <class T>
    void whole_into(T& out) const {
        try {
            from_padded_json_into(raw_, out);
        } catch (const JsonError& error) {
            throw error.within_key("d");
        }
    }

  private:
    static std::string read_string(od::value value, std::string_view key) {
        std::string_view text;
        if (value.get_string().get(text)) fail(key, "expected a string");
        return std::string(text);
    }
    static Snowflake read_snowflake(od::value value, std::string_view key) {
        std::string_view text;
        if (value.get_string().get(text)) fail(key, "expected a snowflake string");
        auto id = Snowflake::try_parse(text);
        if (!id) fail(key, "not a snowflake: \"" + std::string(text) + "\"");
        return *id;
    }
    static std::int64_t read_integer(od::value value, std::string_view key) {
        std::int64_t out = 0;
        if (value.get_int64().get(out)) fail(key, "expected an integer");
        return out;
    }
    static std::string_view raw_of(od::value value, std::string_view key) {
        od::json_type type;
        if (value.type().get(type)) fail(key, "malformed JSON");
        std::string_view text;
        simdjson::error_code error = simdjson::SUCCESS;
        if (type == od::json_type::object) {
            od::object object;
            error = value.get_object().get(object);
            if (!error) error = object.raw_json().get(text);
        } else if (type == od::json_type::array) {
            od::array array;
            error = value.get_array().get(array);
            if (!error) error = array.raw_json().get(text);
        } else {
            fail(key, "expected an object");
        }
        if (error) fail(key, simdjson::error_message(error));
        return text;
    }
    template <class T>
    static T parse_model(std::string_view raw, std::string_view key) {
        try {
            return from_padded_json<T>(raw);
        } catch (const JsonError& error) {
            const std::string prefix = key.empty() ? "d" : "d." + std::string(key);
            throw JsonError(error.path().empty() ? prefix : prefix + "." + error.path(),
                            error.reason());
        }
    }

    od::object& object() {
        if (!indexed_) {
            if (parser_->iterate(raw_.data(), raw_.size(), capacity_).get(document_) ||
                document_.get_object().get(object_)) {
                throw JsonError("d", "expected an object");
            }
            indexed_ = true;
        }
        return object_;
    }

    od::parser* parser_;
    std::string_view raw_;
    std::size_t capacity_;
    bool indexed_ = false;
    od::document document_;
    od::object object_;
};

}  // namespace hikari::events_detail
