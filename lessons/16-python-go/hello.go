// lessons/16-python-go/hello.go — Go's hello world: one fmt.Println, and the
// runtime's start-up around it (threads, signal handlers, memory arenas).
package main

import "fmt"

func main() {
	fmt.Println("hello from Go")
}
