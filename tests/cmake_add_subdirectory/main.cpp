// The client program that every integration route builds, kept in one place.
#include "../integration/client.cpp"
