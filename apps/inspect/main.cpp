// hikari-inspect: shows how hikari reads a payload. Reads JSON on stdin, builds the named
// model or gateway event from it and prints what was understood as JSON.
//
//   hikari-inspect --model guild < guild.json
//   hikari-inspect --event MESSAGE_CREATE < payload.json   (a whole {op,d,s,t} payload or d)
//   hikari-inspect --list
#include "event_json.hpp"
#include "payload_shape.hpp"

#include <hikari/core/errors_base.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/model/json_error.hpp>
#include <hikari/model/model_registry.hpp>

#include <exception>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

constexpr std::string_view usage =
    "usage: hikari-inspect --model NAME < body.json\n"
    "       hikari-inspect --event DISPATCH_NAME < payload.json\n"
    "       hikari-inspect --list\n";

int fail(std::string_view message, int code) {
    std::cerr << "hikari-inspect: " << message << '\n';
    return code;
}

std::string read_stdin() {
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    return text;
}

// One line, whatever the error text holds (payload excerpts may contain newlines).
std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return out;
}

std::string describe(const hikari::JsonError& e) {
    const std::string path = e.path().empty() ? std::string("(top level)") : e.path();
    return "at " + path + ": " + e.reason();
}

int list() {
    std::cout << "models (--model):\n";
    for (const auto& codec : hikari::model_codecs()) std::cout << "  " << codec.name << '\n';
    std::cout << "events (--event):\n";
    for (std::string_view name : hikari::typed_dispatch_names()) std::cout << "  " << name << '\n';
    return 0;
}

int inspect_model(std::string_view name) {
    const auto* codec = hikari::find_model_codec(name);
    if (codec == nullptr) {
        return fail("unknown model '" + std::string(name) +
                        "'; `hikari-inspect --list` names every model and event",
                    exit_usage);
    }
    const std::string text = read_stdin();
    try {
        std::cout << codec->reformat(text) << '\n';
    } catch (const hikari::JsonError& e) {
        return fail("not a valid " + std::string(name) + " " + describe(e), exit_bad_input);
    }
    return 0;
}

int inspect_event(std::string_view name) {
    if (hikari::event_types_for_dispatch(name).size() == 1 &&
        hikari::event_types_for_dispatch(name)[0]->name == "RawDispatchEvent") {
        return fail("unknown event '" + std::string(name) +
                        "'; `hikari-inspect --list` names every model and event",
                    exit_usage);
    }
    const std::string text = read_stdin();
    const std::string payload = hikari::inspect::as_gateway_payload(name, text);
    try {
        hikari::EventFactory factory;
        const auto event = factory.build(name, payload, 0, false);
        if (!event) return fail("the " + std::string(name) + " payload built no event", 1);
        std::cout << hikari::inspect::event_to_json(*event) << '\n';
    } catch (const hikari::JsonError& e) {
        return fail("not a valid " + std::string(name) + " payload " + describe(e), exit_bad_input);
    } catch (const hikari::ParseError& e) {
        return fail("not a valid " + std::string(name) + " payload: " + one_line(e.what()),
                    exit_bad_input);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string_view option = argc > 1 ? argv[1] : "";
        if (option == "--list" && argc == 2) return list();
        if (option == "--model" && argc == 3) return inspect_model(argv[2]);
        if (option == "--event" && argc == 3) return inspect_event(argv[2]);
        if (option == "--help" || option == "-h") {
            std::cout << usage;
            return 0;
        }
        std::cerr << usage;
        return exit_usage;
    } catch (const std::exception& e) {
        return fail(one_line(e.what()), exit_bad_input);
    }
}
