// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { QueueFilters } from '@/components/QueueFilters';

test('the platform filter names each platform from the registry, with its id as the value', () => {
  const onChange = vi.fn();
  render(<QueueFilters filter={{}} scope="all" onChange={onChange} onScope={() => {}} />);
  const options = Array.from(screen.getByRole('combobox', { name: 'Platform' }).querySelectorAll('option')).map((o) => [
    o.value,
    o.textContent,
  ]);
  expect(options).toContainEqual(['old-reddit', 'old.reddit']);
  expect(options).toContainEqual(['generic', 'Other sites']);
  expect(options).toContainEqual(['demo', 'Demo']);
  expect(options[0]).toEqual(['', 'Any platform']);
});
